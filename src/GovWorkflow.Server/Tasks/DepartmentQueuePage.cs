namespace GovWorkflow.Server.Tasks;

/// <summary>One page of a department's queue.</summary>
/// <param name="Department">The department.</param>
/// <param name="Total">How many tasks match the filters, on every page.</param>
/// <param name="Page">This page, from 1.</param>
/// <param name="PageSize">Tasks per page.</param>
/// <param name="Items">This page's tasks, soonest deadline first (no deadline last).</param>
public sealed record DepartmentQueuePage(string Department, int Total, int Page, int PageSize, IReadOnlyList<TaskView> Items);
