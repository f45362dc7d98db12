using GovWorkflow.Runtime.Inbox;
using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using GovWorkflow.Runtime.Tests.TestSupport;
using Xunit.Abstractions;

namespace GovWorkflow.Runtime.Tests.Inbox;

/// <summary>Every inbox query finds its rows through an index, and returns the same rows as the same filter in memory.</summary>
public abstract class InboxQueryPlanTests(ITestOutputHelper output)
{
    private static readonly string[] Groups = ["role7", "role42"];

    /// <summary>The seeded tasks.</summary>
    protected abstract IReadOnlyList<TaskRecord> Seeded { get; }

    [Fact]
    public Task ForUser_AssignedAndCandidateTasks_UseAssigneeAndCandidateIndexes() => Check(
        context => InboxQueries.ForUser(context, "user5", Groups),
        t => t.Status == WorkStatus.Open
            && (t.Assignee == "user5"
                || (t.Assignee is null && t.Candidates.Any(c => (c.Kind == CandidateKind.User && c.Value == "user5") || (c.Kind == CandidateKind.Group && Groups.Contains(c.Value))))),
        ByDeadline,
        "IX_Tasks_Assignee_Status_DueAt",
        "IX_TaskCandidates_Kind_Value_TaskId");

    [Fact]
    public Task ForDepartment_OpenTasks_UseDepartmentIndex() => Check(
        context => InboxQueries.ForDepartment(context, "dept3"),
        t => t.Status == WorkStatus.Open && t.Department == "dept3",
        ByDeadline,
        "IX_Tasks_Department_Status_DueAt");

    [Fact]
    public Task Overdue_OpenTasksDueByNow_UseStatusDueAtIndex() => Check(
        context => InboxQueries.Overdue(context, InboxSeed.Now),
        t => t.Status == WorkStatus.Open && t.DueAt <= InboxSeed.Now,
        tasks => tasks.OrderBy(t => t.DueAt).ThenBy(t => t.Id),
        "IX_Tasks_Status_DueAt");

    [Fact]
    public Task Warned_OpenTasksPastYellow_UseStatusYellowAtIndex() => Check(
        context => InboxQueries.Warned(context, InboxSeed.Now),
        t => t.Status == WorkStatus.Open && t.YellowAt <= InboxSeed.Now,
        tasks => tasks.OrderBy(t => t.YellowAt).ThenBy(t => t.Id),
        "IX_Tasks_Status_YellowAt");

    [Fact]
    public Task OfInstance_AllTasks_UseInstanceIndex() => Check(
        context => InboxQueries.OfInstance(context, "INS-00123"),
        t => t.InstanceId == "INS-00123",
        tasks => tasks.OrderBy(t => t.Id),
        "IX_Tasks_InstanceId_BookmarkKey");

    /// <summary>A context on the seeded database.</summary>
    protected abstract RuntimeDbContext CreateContext();

    /// <summary>The plan of <paramref name="query"/>, one line per step, as the provider describes it.</summary>
    protected abstract Task<IReadOnlyList<string>> ExplainAsync(RuntimeDbContext context, IQueryable<TaskRecord> query);

    /// <summary>The plan lines that read a whole table (or a whole index) of the runtime's tables.</summary>
    protected abstract IEnumerable<string> FullScans(IReadOnlyList<string> plan);

    private static IOrderedEnumerable<TaskRecord> ByDeadline(IEnumerable<TaskRecord> tasks) =>
        tasks.OrderBy(t => t.DueAt is null).ThenBy(t => t.DueAt).ThenBy(t => t.Id);

    private async Task Check(
        Func<RuntimeDbContext, IQueryable<TaskRecord>> query,
        Func<TaskRecord, bool> expected,
        Func<IEnumerable<TaskRecord>, IOrderedEnumerable<TaskRecord>> order,
        params string[] indexes)
    {
        await using var context = CreateContext();
        var tasks = query(context);
        var plan = await ExplainAsync(context, tasks);
        output.WriteLine(tasks.ToQueryString());
        output.WriteLine(string.Join(Environment.NewLine, plan));

        foreach (var index in indexes)
        {
            Assert.True(plan.Any(line => line.Contains(index, StringComparison.Ordinal)), $"The plan does not use {index}:{Environment.NewLine}{string.Join(Environment.NewLine, plan)}");
        }

        Assert.Empty(FullScans(plan));
        var want = order(Seeded.Where(expected)).Select(t => t.Id).ToList();
        Assert.NotEmpty(want);
        Assert.Equal(want, await tasks.Select(t => t.Id).ToListAsync());
    }
}
