namespace GovWorkflow.Engine.Execution;

/// <summary>A user task opened: put it in the inboxes.</summary>
/// <param name="BookmarkKey">Complete it with <see cref="CompleteTask"/> on this key.</param>
/// <param name="NodeId">The user task's id.</param>
/// <param name="Name">The user task's name.</param>
/// <param name="Assignee">The person it is assigned to, or null.</param>
/// <param name="CandidateUsers">People who may claim it.</param>
/// <param name="CandidateGroups">Roles whose members may claim it.</param>
/// <param name="CandidateDepartments">Departments whose queue it enters.</param>
/// <param name="FormKey">The form, or null.</param>
/// <param name="LoopCounter">For an instance of a multi-instance task, its counter from 1; otherwise 0.</param>
public sealed record TaskCreated(
    long BookmarkKey,
    string NodeId,
    string? Name,
    string? Assignee,
    IReadOnlyList<string> CandidateUsers,
    IReadOnlyList<string> CandidateGroups,
    IReadOnlyList<string> CandidateDepartments,
    string? FormKey,
    int LoopCounter) : Effect;
