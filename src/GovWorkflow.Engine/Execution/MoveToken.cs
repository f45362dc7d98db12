using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>Sends the token of a waiting activity back to an earlier activity of the same scope: 退回 (send back) and 撤回 (withdraw).</summary>
/// <remarks>
/// The activity is interrupted: its bookmarks, boundary events and timers are cancelled (a
/// <see cref="BookmarkCancelled"/> each, its own bookmark included), no outgoing flow is taken and no output
/// mapping applies. The variables are then set as <see cref="CompleteTask"/> sets them, and a token arrives at the
/// target as if a sequence flow had brought it, so the target opens as it always does (a new
/// <see cref="TaskCreated"/> with a new key, its boundary timers, its multi-instance loop). The target must lie
/// upstream in the same scope without crossing a parallel or inclusive gateway or an implicit fork, and the
/// activity must not be one instance of a multi-instance loop; <see cref="ProcessInterpreter.MoveTargets"/> lists
/// the user tasks that qualify. The target may be the activity itself (the step starts again).
/// </remarks>
/// <param name="BookmarkKey">The waiting activity's own bookmark (its task, activity, call or receive bookmark).</param>
/// <param name="TargetNodeId">The BPMN id of the activity that receives the token.</param>
/// <param name="Variables">Variables to set (a reason for sending back, say).</param>
public sealed record MoveToken(long BookmarkKey, string TargetNodeId, IReadOnlyDictionary<string, FeelValue> Variables) : Stimulus;
