using NodaTime;

namespace GovWorkflow.Domain.Scenarios;

/// <summary>A scenario: one case of a bundle, who does what and when, with which materials.</summary>
/// <param name="File">Where it was read from.</param>
/// <param name="Name">What it shows, in Chinese.</param>
/// <param name="CaseId">The case number to use.</param>
/// <param name="Start">When the window receives it (Beijing time).</param>
/// <param name="ApplicantId">The applicant's resident ID or credit code.</param>
/// <param name="ApplicantName">The applicant's name.</param>
/// <param name="Submitted">Materials handed in at the window.</param>
/// <param name="Variables">Start variables beyond the bundle's (e.g. <c>commitmentApproval</c>).</param>
/// <param name="Steps">The steps, in order.</param>
public sealed record Scenario(
    string File,
    string Name,
    string CaseId,
    LocalDateTime Start,
    string ApplicantId,
    string ApplicantName,
    IReadOnlyList<string> Submitted,
    IReadOnlyList<KeyValuePair<string, object?>> Variables,
    IReadOnlyList<ScenarioStep> Steps);
