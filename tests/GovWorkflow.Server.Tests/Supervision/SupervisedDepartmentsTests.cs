using GovWorkflow.Domain.Catalog;
using GovWorkflow.Server.Supervision;
using GovWorkflow.Server.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GovWorkflow.Server.Tests.Supervision;

[Collection(ServerGroup.Name)]
public sealed class SupervisedDepartmentsTests(SqliteServerFixture server)
{
    private ItemCatalog Catalog => server.Factory.Services.GetRequiredService<ItemCatalog>();

    [Fact]
    public void CityOffice_OverseesEveryDepartmentOfTheCatalog()
    {
        var scope = SupervisedDepartments.Of(Catalog, "SFS-ZWFWJ");
        Assert.Equal(Catalog.Departments.Select(d => d.Code).Order(StringComparer.Ordinal), scope.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DistrictOffice_OverseesItsDistrictAndBelow_NotTheCity()
    {
        var scope = SupervisedDepartments.Of(Catalog, "SFS-DCQ-ZWFWJ");
        Assert.Contains("SFS-DCQ-SCJGJ", scope);
        Assert.Contains("SFS-DCQ-CGJ", scope);
        Assert.Contains("SFS-DCQ-XHJD-PCS", scope);
        Assert.Contains("SFS-DCQ-XHJD-HPSQ-BMFWZ", scope);
        Assert.DoesNotContain("SFS-SCJGJ", scope);
        Assert.DoesNotContain("SFS-ZWFWJ", scope);
        Assert.All(scope, code => Assert.StartsWith("SFS-DCQ-", code, StringComparison.Ordinal));
    }

    [Fact]
    public void OtherDepartment_OverseesItsSubtreeOnly()
    {
        var scope = SupervisedDepartments.Of(Catalog, "SFS-GAJ");
        Assert.Equal(["SFS-DCQ-GAFJ", "SFS-DCQ-XHJD-PCS", "SFS-GAJ"], scope.Order(StringComparer.Ordinal));
    }
}
