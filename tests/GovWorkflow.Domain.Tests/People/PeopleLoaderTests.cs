using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Errors;
using GovWorkflow.Domain.People;
using GovWorkflow.Domain.Tests.TestSupport;
using static GovWorkflow.Domain.Tests.Catalog.CatalogFixtures;

namespace GovWorkflow.Domain.Tests.People;

public sealed class PeopleLoaderTests
{
    private const string FileName = "people.yaml";

    /// <summary>Lines: 2 clerk, 3 approver, 4 applicant.</summary>
    private const string ThreePeople = """
        people:
          - { id: clerk.wang, name: 王芳, department: SFS-DCQ-SCJGJ, roles: [clerk] }
          - { id: scjgj.chen, name: 陈静, department: SFS-DCQ-SCJGJ, roles: [approver, approver-head] }
          - { id: applicant.zhang, name: 张伟, roles: applicant, idNumber: "110101199003071233" }
        """;

    private static readonly ItemCatalog Catalog = LoadItems(FoodItem).Catalog!;

    private static (PeopleDirectory? Directory, IReadOnlyList<DomainError> Errors) Load(string text)
    {
        using var folder = new TempDirectory();
        return PeopleLoader.Load(folder.Write(FileName, text), Catalog);
    }

    private static DomainError SingleError(string text, string code)
    {
        var (directory, errors) = Load(text);
        Assert.Null(directory);
        var error = Assert.Single(errors);
        Assert.Equal(code, error.Code);
        return error;
    }

    private static string Replace(string part, string with) => ThreePeople.Replace(part, with, StringComparison.Ordinal);

    [Fact]
    public void Load_SampleFile_LoadsEveryoneAgainstTheSampleCatalog()
    {
        var (directory, errors) = PeopleLoader.Load(SampleData.PeopleFile, SampleData.Catalog);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.NotNull(directory);
        Assert.True(directory.All.Count >= 20);
        Assert.All(directory.All, p => Assert.NotEmpty(p.Roles));
    }

    [Fact]
    public void Load_SampleFile_HasEveryRoleTheWorkflowsAssignTasksTo()
    {
        var (directory, _) = PeopleLoader.Load(SampleData.PeopleFile, SampleData.Catalog);

        Assert.All(["clerk", "approver", "approver-head", "supervisor", "applicant"], role => Assert.Contains(directory!.All, p => p.HasRole(role)));
    }

    [Fact]
    public void Load_SampleFile_GivesApplicantsTheirNumberAndNoDepartment()
    {
        var (directory, _) = PeopleLoader.Load(SampleData.PeopleFile, SampleData.Catalog);

        Assert.True(directory!.TryGet("applicant.haowei", out var company));
        Assert.Equal("91110101MA01C5XK3A", company.IdNumber);
        Assert.Null(company.Department);
        Assert.All(directory.All.Where(p => p.HasRole("applicant")), p => Assert.NotNull(p.IdNumber));
    }

    [Fact]
    public void Load_ValidFile_ReadsRolesAsAListOrOneText()
    {
        var (directory, errors) = Load(ThreePeople);

        Assert.Empty(errors);
        Assert.True(directory!.TryGet("scjgj.chen", out var head));
        Assert.Equal(new Person("scjgj.chen", "陈静", "SFS-DCQ-SCJGJ", head.Roles), head);
        Assert.Equal(["approver", "approver-head"], head.Roles);
        Assert.True(directory.TryGet("applicant.zhang", out var applicant));
        Assert.Equal(["applicant"], applicant.Roles);
        Assert.Equal("110101199003071233", applicant.IdNumber);
    }

    [Fact]
    public void Load_UnknownRole_IsLocatedAtTheRolesAndNothingIsReturned()
    {
        var error = SingleError(Replace("roles: [clerk]", "roles: [clerk, clark]"), "people.role-unknown");

        AssertAt(error, FileName, 2, "people[0].roles");
        Assert.Contains("clark", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DepartmentNotInTheCatalog_IsLocatedAtTheDepartment()
    {
        var error = SingleError(Replace("id: clerk.wang, name: 王芳, department: SFS-DCQ-SCJGJ", "id: clerk.wang, name: 王芳, department: SFS-DCQ-ZWFWJ"), "people.department-unknown");

        AssertAt(error, FileName, 2, "people[0].department");
    }

    [Fact]
    public void Load_SameIdTwice_IsRefusedAtTheSecond()
    {
        var error = SingleError(Replace("id: scjgj.chen", "id: clerk.wang"), "people.duplicate-id");

        AssertAt(error, FileName, 3, "people[1].id");
    }

    [Fact]
    public void Load_InvalidIdNumber_ReportsTheIdentityErrorAtTheField()
    {
        var error = SingleError(Replace("\"110101199003071233\"", "\"110101199003071234\""), "identity.resident-id.check-character");

        AssertAt(error, FileName, 4, "people[2].idNumber");
    }

    [Fact]
    public void Load_NameMissing_IsLocatedAtThePerson()
    {
        var error = SingleError(Replace("name: 王芳, ", string.Empty), "catalog.field-missing");

        AssertAt(error, FileName, 2, "people[0].name");
    }

    [Fact]
    public void Load_RolesMissing_IsRefused()
    {
        var error = SingleError(Replace(", roles: [clerk]", string.Empty), "catalog.field-missing");

        AssertAt(error, FileName, 2, "people[0].roles");
    }

    [Fact]
    public void Load_MisspelledField_IsRefusedWithASuggestion()
    {
        var error = SingleError(Replace("department: SFS-DCQ-SCJGJ, roles: [clerk]", "departmnt: SFS-DCQ-SCJGJ, roles: [clerk]"), "catalog.field-unknown");

        AssertAt(error, FileName, 2, "people[0].departmnt");
        Assert.Contains("department", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsEveryOne()
    {
        var (directory, errors) = Load(Replace("roles: [clerk]", "roles: [clark]").Replace("id: scjgj.chen", "id: clerk.wang", StringComparison.Ordinal));

        Assert.Null(directory);
        Assert.Equal(["people.role-unknown", "people.duplicate-id"], errors.Select(e => e.Code));
    }

    [Fact]
    public void Load_MissingFile_IsReportedNotThrown()
    {
        using var folder = new TempDirectory();

        var (directory, errors) = PeopleLoader.Load(Path.Combine(folder.Path, FileName), Catalog);

        Assert.Null(directory);
        Assert.Equal("samples.file-unreadable", Assert.Single(errors).Code);
    }
}
