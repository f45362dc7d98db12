using System.Diagnostics.CodeAnalysis;
using GovWorkflow.Domain.Errors;
using NodaTime;

namespace GovWorkflow.Domain.Cases;

/// <summary>补正告知（一次性告知）: ONE notice listing every missing or defective material and the day to correct by.</summary>
/// <remarks>
/// 行政许可法 Art. 32 (4): incomplete materials are told to the applicant once and in full, within 5 days of receipt.
/// A case therefore holds at most one notice per round of materials; a second notice for the same materials is refused.
/// </remarks>
/// <param name="IssuedOn">The day the notice was issued.</param>
/// <param name="DueOn">The last day the applicant may correct; after it the application counts as withdrawn.</param>
/// <param name="Entries">Every material to hand in or redo.</param>
public sealed record CorrectionNotice(LocalDate IssuedOn, LocalDate DueOn, IReadOnlyList<CorrectionEntry> Entries)
{
    /// <summary>Builds the notice from every lacking material of the case.</summary>
    /// <param name="materials">The case's materials.</param>
    /// <param name="issuedOn">The day of issue.</param>
    /// <param name="dueOn">The day to correct by.</param>
    /// <param name="notice">The notice.</param>
    /// <param name="error"><c>case.correction-nothing-lacking</c> when no material lacks.</param>
    public static bool TryCreate(IEnumerable<CaseMaterial> materials, LocalDate issuedOn, LocalDate dueOn, [NotNullWhen(true)] out CorrectionNotice? notice, [NotNullWhen(false)] out DomainError? error)
    {
        ArgumentNullException.ThrowIfNull(materials);
        var entries = materials.Where(m => m.IsLacking)
            .Select(m => new CorrectionEntry(m.ItemCode, m.Code, m.Name, m.State == MaterialState.Missing ? "缺少" : m.Problem ?? "不符合要求"))
            .ToList();
        if (entries.Count == 0)
        {
            notice = null;
            error = new DomainError("case.correction-nothing-lacking", "材料没有缺少或不符合要求的，无需补正：请改为受理。", "No material is missing or defective; accept the case instead.");
            return false;
        }

        notice = new CorrectionNotice(issuedOn, dueOn, entries);
        error = null;
        return true;
    }
}
