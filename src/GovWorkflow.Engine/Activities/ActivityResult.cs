using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Activities;

/// <summary>What a handler reports: the variables it sets and the timers it moves.</summary>
/// <param name="Variables">The activity's outputs, set as process variables before the token moves on.</param>
/// <param name="TimerMoves">Open timers to move, applied in order after the outputs.</param>
public sealed record ActivityResult(IReadOnlyDictionary<string, FeelValue> Variables, IReadOnlyList<TimerMove> TimerMoves)
{
    /// <summary>No outputs, no moves.</summary>
    public static ActivityResult Empty { get; } = new(new Dictionary<string, FeelValue>(StringComparer.Ordinal), []);

    /// <summary>Outputs only.</summary>
    public static ActivityResult Of(IReadOnlyDictionary<string, FeelValue> variables) => new(variables, []);
}
