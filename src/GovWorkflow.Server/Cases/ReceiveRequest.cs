using System.Text.Json;

namespace GovWorkflow.Server.Cases;

/// <summary>收件: what the window takes in.</summary>
/// <param name="Bundle">The bundle code, e.g. <c>restaurant-opening</c>.</param>
/// <param name="CaseId">The case number, or null to have one made.</param>
/// <param name="Applicant">The applicant.</param>
/// <param name="Submitted">The materials handed in, as <c>ITEM/material</c> keys.</param>
/// <param name="Variables">Extra process variables (e.g. <c>tolerantDays</c>).</param>
public sealed record ReceiveRequest(string Bundle, string? CaseId, ApplicantInput Applicant, IReadOnlyList<string>? Submitted, IReadOnlyDictionary<string, JsonElement>? Variables);
