namespace GovWorkflow.Activities.Scenarios;

/// <summary>An open user task of a case, as the desk needs it.</summary>
/// <param name="Id">The task id (the runtime's task id, or the bookmark key in memory).</param>
/// <param name="CaseId">The case (instance) it belongs to.</param>
/// <param name="NodeId">The user task's id in the workflow.</param>
/// <param name="Name">Its name.</param>
/// <param name="Users">Candidate users.</param>
/// <param name="Groups">Candidate groups (roles).</param>
/// <param name="Departments">Candidate departments.</param>
/// <param name="Version">The version to complete it at (optimistic concurrency).</param>
/// <param name="FormKey">The task's form (<c>gov:formKey</c>), which says what decision it needs.</param>
/// <param name="Assignee">The person it is assigned to (claimed, transferred, delegated), or null while it waits in a queue; once set, only they may complete it.</param>
public sealed record CaseTask(long Id, string CaseId, string NodeId, string? Name, IReadOnlyList<string> Users, IReadOnlyList<string> Groups, IReadOnlyList<string> Departments, long Version, string? FormKey = null, string? Assignee = null);
