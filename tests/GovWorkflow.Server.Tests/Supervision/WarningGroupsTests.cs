using GovWorkflow.Domain.Catalog;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Supervision;
using GovWorkflow.Server.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace GovWorkflow.Server.Tests.Supervision;

[Collection(ServerGroup.Name)]
public sealed class WarningGroupsTests(SqliteServerFixture server)
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 10, 2, 0);

    [Fact]
    public void Of_DistrictScope_GroupsByDepartmentAndLevel_RedFirst_OtherDistrictsLeftOut()
    {
        var catalog = server.Factory.Services.GetRequiredService<ItemCatalog>();
        var tasks = new[]
        {
            Task(1, "SFS-DCQ-SCJGJ", overdue: true),
            Task(2, "SFS-DCQ-SCJGJ", overdue: false),
            Task(3, "SFS-DCQ-SCJGJ", overdue: true),
            Task(4, "SFS-DCQ-CGJ", overdue: false),
            Task(5, "SFS-SCJGJ", overdue: true),
            Task(6, null, overdue: false, candidate: "SFS-DCQ-XHJD-PCS"),
        };

        var groups = WarningGroups.Of(tasks, SupervisedDepartments.Of(catalog, "SFS-DCQ-ZWFWJ"), catalog, Now, perGroup: 10);

        Assert.Equal(
            [("SFS-DCQ-CGJ", "yellow", 1), ("SFS-DCQ-SCJGJ", "red", 2), ("SFS-DCQ-SCJGJ", "yellow", 1), ("SFS-DCQ-XHJD-PCS", "yellow", 1)],
            groups.Select(g => (g.Department!, g.Level, g.Count)));
        Assert.Equal("示范市东城区市场监督管理局", groups[1].DepartmentName);
        Assert.Equal([1L, 3L], groups[1].Tasks.Select(t => t.Id));
    }

    [Fact]
    public void Of_Administrator_SeesEveryDepartment()
    {
        var catalog = server.Factory.Services.GetRequiredService<ItemCatalog>();
        var groups = WarningGroups.Of([Task(1, "SFS-SCJGJ", overdue: true), Task(2, "SFS-DCQ-CGJ", overdue: true)], null, catalog, Now, perGroup: 10);
        Assert.Equal(["SFS-DCQ-CGJ", "SFS-SCJGJ"], groups.Select(g => g.Department));
    }

    private static TaskRecord Task(long id, string? department, bool overdue, string? candidate = null)
    {
        var task = new TaskRecord
        {
            Id = id,
            InstanceId = "case-" + id,
            NodeId = "review",
            Department = department,
            Status = WorkStatus.Open,
            CreatedAt = Now - Duration.FromDays(10),
            BlueAt = Now - Duration.FromDays(5),
            YellowAt = Now - Duration.FromDays(3),
            DueAt = overdue ? Now - Duration.FromHours(1) : Now + Duration.FromDays(1),
        };
        if (candidate is not null)
        {
            task.Candidates.Add(new TaskCandidateRecord { TaskId = id, Kind = CandidateKind.Department, Value = candidate });
        }

        return task;
    }
}
