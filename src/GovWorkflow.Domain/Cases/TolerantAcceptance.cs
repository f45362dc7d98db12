using NodaTime;

namespace GovWorkflow.Domain.Cases;

/// <summary>容缺受理: the case is accepted while tolerable secondary materials are missing, on the applicant's commitment to supply them.</summary>
/// <param name="MaterialKeys">The missing materials (<c>ITEM/code</c>).</param>
/// <param name="CommittedOn">The day of the written commitment.</param>
/// <param name="DueOn">The last day to supply them; after it the case is revoked.</param>
public sealed record TolerantAcceptance(IReadOnlyList<string> MaterialKeys, LocalDate CommittedOn, LocalDate DueOn);
