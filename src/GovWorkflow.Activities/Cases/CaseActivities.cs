using GovWorkflow.Activities.Clock;
using GovWorkflow.Activities.Decisions;
using GovWorkflow.Activities.Intake;
using GovWorkflow.Engine.Activities;

namespace GovWorkflow.Activities.Cases;

/// <summary>Every government activity, ready for the runtime's activity worker.</summary>
public static class CaseActivities
{
    /// <summary>The handlers, sharing <paramref name="services"/>.</summary>
    public static IReadOnlyList<IActivityHandler> All(CaseServices services) =>
    [
        new ReceiveApplication(services),
        new RefuseApplication(services),
        new IssueCorrectionNotice(services),
        new DeemAccepted(services),
        new CloseUncorrected(services),
        new AcceptTolerant(services),
        new RecordSupply(services),
        new RevokeCase(services),
        new StartStatutoryClock(services),
        new ExtendDeadline(services),
        new SuspendClock(services),
        new ResumeClock(services),
        new ApproveOnCommitment(services),
        new Decide(services),
        new IssueCertificate(services),
        new Deliver(services),
        new RevokeDecision(services),
        new RecordBadCredit(services),
    ];
}
