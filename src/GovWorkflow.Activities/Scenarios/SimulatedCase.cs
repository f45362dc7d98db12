namespace GovWorkflow.Activities.Scenarios;

/// <summary>One simulated case: working days used against its limits, and warnings raised.</summary>
/// <param name="CaseId">The case number.</param>
/// <param name="Decided">Whether a decision was reached.</param>
/// <param name="WorkingDaysUsed">Counted working days from acceptance to the decision (or to the end of the run).</param>
/// <param name="PromisedLimit">The promised limit, extension included.</param>
/// <param name="StatutoryLimit">The statutory limit, extension included.</param>
/// <param name="Warnings">Warnings raised (escalations).</param>
/// <param name="Outcome">The case's final status, in Chinese.</param>
/// <param name="SkippedSteps">Scenario steps not done (the case ended early, or the step no longer applied).</param>
/// <param name="OriginalPromise">The promised limit as published, before any extension.</param>
public sealed record SimulatedCase(string CaseId, bool Decided, int WorkingDaysUsed, int PromisedLimit, int StatutoryLimit, int Warnings, string Outcome, int SkippedSteps, int OriginalPromise)
{
    /// <summary>Whether the (possibly extended) promise was broken.</summary>
    public bool PromiseBroken => WorkingDaysUsed > PromisedLimit;

    /// <summary>Whether the promise as published was broken, extension or not: what the applicant was told.</summary>
    public bool OriginalPromiseBroken => WorkingDaysUsed > OriginalPromise;

    /// <summary>Whether an extension was granted.</summary>
    public bool Extended => PromisedLimit > OriginalPromise;

    /// <summary>Whether the law's limit was broken.</summary>
    public bool StatutoryBroken => WorkingDaysUsed > StatutoryLimit;
}
