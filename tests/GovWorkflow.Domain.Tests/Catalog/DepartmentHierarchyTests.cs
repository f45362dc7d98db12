using FsCheck;
using FsCheck.Fluent;
using GovWorkflow.Domain.Catalog;
using static GovWorkflow.Domain.Tests.Catalog.CatalogFixtures;

namespace GovWorkflow.Domain.Tests.Catalog;

public sealed class DepartmentHierarchyTests
{
    private static ItemCatalogLoadResult LoadDepartments(string departments) =>
        LoadFiles((DepartmentsFile, departments), (ItemsFile, FoodItem.Replace("SFS-DCQ-SCJGJ", "SFS-A", StringComparison.Ordinal)));

    [Fact]
    public void Load_ParentThatDoesNotExist_IsUnknownDepartmentAtTheParentField()
    {
        var error = SingleError(LoadDepartments("""
            departments:
              - { code: SFS-A, name: 甲, level: city, parent: SFS-Z }
            """), "catalog.unknown-department");

        AssertAt(error, DepartmentsFile, 2, "departments[0].parent");
        Assert.Contains("上级部门 SFS-Z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ParentOnTheSameLevel_IsRefused()
    {
        var error = SingleError(LoadDepartments("""
            departments:
              - { code: SFS-A, name: 甲, level: city, parent: SFS-B }
              - { code: SFS-B, name: 乙, level: city }
            """), "catalog.department-level");

        AssertAt(error, DepartmentsFile, 2, "departments[0].level");
        Assert.Contains("市级", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ParentOnALowerLevel_IsRefused()
    {
        var result = LoadDepartments("""
            departments:
              - { code: SFS-A, name: 甲, level: community }
              - { code: SFS-B, name: 乙, level: province, parent: SFS-A }
            """);

        var error = SingleError(result, "catalog.department-level");
        Assert.Equal("departments[1].level", error.Location!.Field);
    }

    [Fact]
    public void Load_ParentSkippingALevel_IsAllowed()
    {
        var result = LoadDepartments("""
            departments:
              - { code: SFS-P, name: 省厅, level: province }
              - { code: SFS-A, name: 区局, level: district, parent: SFS-P }
            """);

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Load_Cycle_IsReportedOnceWithTheWholeChainAtItsFirstMember()
    {
        var result = LoadDepartments("""
            departments:
              - { code: SFS-A, name: 甲, level: city }
              - { code: SFS-E, name: 戊, level: community, parent: SFS-C }
              - { code: SFS-B, name: 乙, level: district, parent: SFS-D }
              - { code: SFS-C, name: 丙, level: subdistrict, parent: SFS-B }
              - { code: SFS-D, name: 丁, level: community, parent: SFS-C }
            """);

        // SFS-E leads into the loop but is not part of it; the loop is named from its first member, SFS-B.
        Assert.Null(result.Catalog);
        var cycle = Assert.Single(result.Errors, e => e.Code == "catalog.department-cycle");
        AssertAt(cycle, DepartmentsFile, 4, "departments[2].parent");
        Assert.Contains("SFS-B → SFS-D → SFS-C → SFS-B", cycle.Message, StringComparison.Ordinal);

        // A cycle always has a link that goes down instead of up; that link is reported too.
        Assert.Single(result.Errors, e => e.Code == "catalog.department-level");
    }

    [Fact]
    public void Load_OwnParent_IsACycleOfOne()
    {
        var error = SingleError(LoadDepartments("""
            departments:
              - { code: SFS-A, name: 甲, level: city, parent: SFS-A }
            """), "catalog.department-cycle");

        Assert.Contains("SFS-A → SFS-A", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ChildDefinedBeforeItsParentInAnotherFile_IsFine()
    {
        var result = LoadFiles(
            ("a-district.yaml", "departments:\n  - { code: SFS-A, name: 区局, level: district, parent: SFS-P }\n"),
            ("b-city.yaml", "departments:\n  - { code: SFS-P, name: 市局, level: city }\n"),
            (ItemsFile, FoodItem.Replace("SFS-DCQ-SCJGJ", "SFS-A", StringComparison.Ordinal)));

        Assert.Empty(result.Errors);
        Assert.Equal(["SFS-P"], result.Catalog!.GetAncestors("SFS-A").Select(d => d.Code));
    }

    [Fact]
    public void GetAncestorsAndChildren_FollowTheParents()
    {
        var catalog = LoadDepartments("""
            departments:
              - { code: SFS-A, name: 市局, level: city }
              - { code: SFS-B, name: 区局, level: district, parent: SFS-A }
              - { code: SFS-C, name: 街道所, level: subdistrict, parent: SFS-B }
              - { code: SFS-D, name: 另一区局, level: district, parent: SFS-A }
            """).Catalog!;

        Assert.Equal(["SFS-B", "SFS-A"], catalog.GetAncestors("SFS-C").Select(d => d.Code));
        Assert.Empty(catalog.GetAncestors("SFS-A"));
        Assert.Empty(catalog.GetAncestors("SFS-UNKNOWN"));
        Assert.Equal(["SFS-B", "SFS-D"], catalog.GetChildren("SFS-A").Select(d => d.Code));
        Assert.Empty(catalog.GetChildren("SFS-C"));
    }

    [Fact]
    public void Create_AnyParentAssignment_IsAcceptedExactlyWhenEveryParentExistsAndIsHigher()
    {
        // Departments 0..n-1 with random levels and random parents (-1 none, n an unknown code).
        var assignments = Gen.Choose(1, 8)
            .SelectMany(n => Gen.Zip(Gen.Choose(0, 4).ArrayOf(n), Gen.Choose(-1, n).ArrayOf(n)))
            .ToArbitrary();

        Prop.ForAll(assignments, t =>
        {
            var (levels, parents) = t;
            var departments = levels
                .Select((level, i) => new Department($"SFS-D{i}", "部门", (DepartmentLevel)level, parents[i] < 0 ? null : $"SFS-D{parents[i]}"))
                .ToList();
            var result = ItemCatalog.Create(departments, []);

            var valid = departments.Select((d, i) => parents[i] < 0 || (parents[i] < levels.Length && levels[parents[i]] < levels[i])).All(ok => ok);
            if (!valid)
            {
                return result.Catalog is null && result.Errors.Count > 0;
            }

            // Accepted: every ancestor chain ends, and levels rise strictly along it.
            return result.Catalog is { } catalog && departments.All(d =>
            {
                var chain = new[] { d }.Concat(catalog.GetAncestors(d.Code)).Select(a => a.Level).ToList();
                return chain.Zip(chain.Skip(1)).All(p => p.Second < p.First);
            });
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }
}
