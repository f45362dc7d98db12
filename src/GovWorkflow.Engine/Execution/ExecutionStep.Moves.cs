using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>Token moves: 退回 and 撤回 send a waiting activity's token back upstream (<see cref="MoveRule"/>).</summary>
internal sealed partial class ExecutionStep
{
    /// <summary>Applies <see cref="MoveToken"/>: interrupt the activity, set the variables, deliver a token to the target.</summary>
    public void MoveToken(long bookmarkKey, string targetNodeId, IReadOnlyDictionary<string, FeelValue> values)
    {
        var (element, source) = MoveRule.Source(process, State, bookmarkKey);
        var target = MoveRule.Target(process, source, targetNodeId);
        SetVariables(element, values);
        Cancel(element);

        // No flow index: the target is an activity, never a join, and only joins look at the arriving flow.
        agenda.Enqueue(new WorkItem(target.Index, element.ParentKey, -1));
        Drain();
    }
}
