using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>Who may work on a user task; each part is a FEEL expression giving a string or a list of strings.</summary>
/// <param name="Assignee">The one person it is assigned to, or null.</param>
/// <param name="CandidateUsers">People who may claim it, or null.</param>
/// <param name="CandidateGroups">Roles whose members may claim it, or null.</param>
/// <param name="CandidateDepartments">Departments whose queue it enters, or null.</param>
/// <param name="FormKey">The form people fill in, as written.</param>
public sealed record AssignmentSpec(
    FeelExpression? Assignee,
    FeelExpression? CandidateUsers,
    FeelExpression? CandidateGroups,
    FeelExpression? CandidateDepartments,
    string? FormKey)
{
    /// <summary>No assignment: anybody with access may claim the task.</summary>
    public static AssignmentSpec Unassigned { get; } = new(null, null, null, null, null);
}
