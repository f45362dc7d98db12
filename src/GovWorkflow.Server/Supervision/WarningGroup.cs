using GovWorkflow.Server.Tasks;

namespace GovWorkflow.Server.Supervision;

/// <summary>Open tasks of one department at one warning level.</summary>
/// <param name="Department">The department's code, or null for tasks of no department.</param>
/// <param name="DepartmentName">Its name, when the catalog knows it.</param>
/// <param name="Level"><c>yellow</c> (黄牌预警, not yet due) or <c>red</c> (超期).</param>
/// <param name="Count">How many tasks.</param>
/// <param name="Tasks">The tasks, soonest warned first.</param>
public sealed record WarningGroup(string? Department, string? DepartmentName, string Level, int Count, IReadOnlyList<TaskView> Tasks);
