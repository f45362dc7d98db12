using NodaTime;

namespace GovWorkflow.Domain.Cases;

/// <summary>The decision on a case: which items are granted, on which day.</summary>
/// <param name="Granted">Whether the case is granted (every item of the bundle).</param>
/// <param name="DecidedOn">The day of the decision.</param>
/// <param name="OnCommitment">Items approved on the applicant's written commitment (告知承诺), to be checked later.</param>
/// <param name="Reason">For a refusal, why (the refusing item).</param>
public sealed record CaseDecision(bool Granted, LocalDate DecidedOn, IReadOnlyList<string> OnCommitment, string? Reason = null);
