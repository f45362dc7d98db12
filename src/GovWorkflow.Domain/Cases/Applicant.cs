using System.Diagnostics.CodeAnalysis;
using GovWorkflow.Domain.Errors;
using GovWorkflow.Domain.Identity;

namespace GovWorkflow.Domain.Cases;

/// <summary>申请人: who applies, identified by a validated number.</summary>
/// <param name="Kind">Person or organisation, read from the number's form.</param>
/// <param name="IdNumber">The canonical number (upper case, no spaces).</param>
/// <param name="Name">The name as given.</param>
public sealed record Applicant(ApplicantKind Kind, string IdNumber, string Name)
{
    /// <summary>Reads an applicant: an 18-character number is a resident ID when it starts with a digit from 1 to 9 and has a valid birth date, else a unified social credit code.</summary>
    /// <param name="idNumber">The number as typed.</param>
    /// <param name="name">The applicant's name.</param>
    /// <param name="applicant">The applicant when valid.</param>
    /// <param name="error">The first problem: <c>case.applicant-name-missing</c> or the identity validator's code.</param>
    public static bool TryCreate(string? idNumber, string? name, [NotNullWhen(true)] out Applicant? applicant, [NotNullWhen(false)] out DomainError? error)
    {
        applicant = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            error = new DomainError("case.applicant-name-missing", "申请人名称为空：请填写申请人姓名或单位名称。", "The applicant's name is empty.", new SourceLocation(Field: "applicant.name"));
            return false;
        }

        if (ResidentIdentityNumber.TryParse(idNumber, out var person, out var personError))
        {
            applicant = new Applicant(ApplicantKind.Person, person.Value, name.Trim());
            error = null;
            return true;
        }

        if (UnifiedSocialCreditCode.TryParse(idNumber, out var organisation, out var organisationError))
        {
            applicant = new Applicant(ApplicantKind.Organisation, organisation.Value, name.Trim());
            error = null;
            return true;
        }

        // Report against the form the number most resembles: a resident ID is all digits but a final check character X.
        var trimmed = idNumber?.Trim() ?? string.Empty;
        var looksLikeResidentId = trimmed.Length > 0 && trimmed[..^1].All(char.IsAsciiDigit);
        var cause = looksLikeResidentId ? personError : organisationError;
        error = cause with { Location = new SourceLocation(Field: "applicant.idNumber", Column: cause.Location?.Column) };
        return false;
    }

    /// <summary>The number with its middle hidden, for timelines and notices.</summary>
    public string MaskedId => IdNumber.Length == 18 ? string.Concat(IdNumber.AsSpan(0, 6), "********", IdNumber.AsSpan(14, 4)) : IdNumber;
}
