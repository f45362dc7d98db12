using static GovWorkflow.Engine.Tests.Conformance.ConformanceStep;

namespace GovWorkflow.Engine.Tests.Conformance;

/// <summary>The differential cases: each process in <c>Processes/</c> with the stimuli that drive it.</summary>
internal static class ConformanceCases
{
    public static IReadOnlyList<ConformanceCase> All { get; } =
    [
        ConformanceCase.Of("Sequence_PlainTasksAndUserTask", "sequence", Complete("review")),
        ConformanceCase.Of("Sequence_WaitsAtTheUserTask", "sequence"),

        ConformanceCase.Of("Exclusive_ConditionTrue_TakesTheConditionalFlow", "exclusive", Complete("review", ("approved", true))),
        ConformanceCase.Of("Exclusive_ConditionFalse_TakesTheDefaultFlow", "exclusive", Complete("review", ("approved", false))),

        ConformanceCase.Of("Parallel_JoinWaitsForBothReviews", "parallel", Complete("health"), Complete("market")),
        ConformanceCase.Of("Parallel_OneReviewDone_StillRunning", "parallel", Complete("market")),
        ConformanceCase.Of("Parallel_BranchesOfPlainTasks", "parallel-plain").InAnyOrderPerStep(),

        ConformanceCase.Of("Inclusive_BothConditions_JoinWaitsForBoth", "inclusive",
            Complete("triage", ("needsFire", true), ("needsEnvironment", true)), Complete("environment"), Complete("fire")),
        ConformanceCase.Of("Inclusive_OneCondition_JoinFiresAfterIt", "inclusive",
            Complete("triage", ("needsFire", true), ("needsEnvironment", false)), Complete("fire")),
        ConformanceCase.Of("Inclusive_NoCondition_TakesTheDefaultFlow", "inclusive",
            Complete("triage", ("needsFire", false), ("needsEnvironment", false)), Complete("general")),

        ConformanceCase.Of("EventGateway_MessageFirst", "event-gateway", Message("materials-supplied"), Complete("approve")),
        ConformanceCase.Of("EventGateway_TimerFirst", "event-gateway", Timer("dueDate")),

        ConformanceCase.Of("CatchEvents_MessageThenTimer", "catch-events", Message("fee-paid"), Timer("coolingOff")),

        ConformanceCase.Of("TimerBoundary_Interrupting_CancelsTheTask", "timer-boundary", Timer("overdue"), Complete("supervise")),
        ConformanceCase.Of("TimerBoundary_NonInterrupting_KeepsTheTask", "timer-boundary", Timer("remind"), Complete("review")),
        ConformanceCase.Of("TimerBoundary_TaskDoneInTime", "timer-boundary", Complete("review")),

        ConformanceCase.Of("MessageBoundary_WithdrawCancelsTheTask", "message-boundary", Message("withdraw")),
        ConformanceCase.Of("MessageBoundary_TaskDone", "message-boundary", Complete("handle")),

        ConformanceCase.Of("ErrorBoundary_ErrorEndCaughtOnTheSubprocess", "error-boundary", Complete("inspect", ("fake", true)), Complete("revoke")),
        ConformanceCase.Of("ErrorBoundary_NoError_SubprocessCompletes", "error-boundary", Complete("inspect", ("fake", false))),
        ConformanceCase.Of("UncaughtError_EndsTheInstance", "uncaught-error", Complete("lookup")),

        ConformanceCase.Of("Escalation_NonInterruptingBoundary", "escalation", Complete("inspect"), Complete("explain"), Complete("sign")),

        ConformanceCase.Of("SubProcess_Embedded", "subprocess", Complete("check"), Complete("decide")),

        ConformanceCase.Of("EventSubProcess_Interrupting", "event-subprocess", Message("withdraw"), Complete("closeCase")),
        ConformanceCase.Of("EventSubProcess_NonInterrupting", "event-subprocess", Message("urge"), Complete("handle")),

        ConformanceCase.Of("MultiInstance_ParallelThenSequential", "multi-instance",
            Complete("countersign"), Complete("countersign"), Complete("countersign"), Complete("inspect"), Complete("inspect")),

        ConformanceCase.Of("ReceiveTask_WaitsForTheMessage", "receive-task", Message("fee-paid")),

        ConformanceCase.Of("Terminate_EndsTheOtherBranch", "terminate", Complete("screen", ("dishonest", true))),
        ConformanceCase.Of("Terminate_NotReached_BothBranchesEnd", "terminate", Complete("screen", ("dishonest", false)), Complete("review")),
    ];

    public static ConformanceCase Named(string name) => All.Single(c => c.Name == name);
}
