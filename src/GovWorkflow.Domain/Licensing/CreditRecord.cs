using NodaTime;

namespace GovWorkflow.Domain.Licensing;

/// <summary>失信记录: a false commitment found by a 告知承诺 post-check; the holder is refused 容缺 and 告知承诺 afterwards.</summary>
/// <param name="HolderId">Who.</param>
/// <param name="CaseId">The case whose check failed.</param>
/// <param name="Reason">Why.</param>
/// <param name="RecordedOn">The day it was recorded.</param>
public sealed record CreditRecord(string HolderId, string CaseId, string Reason, LocalDate RecordedOn);
