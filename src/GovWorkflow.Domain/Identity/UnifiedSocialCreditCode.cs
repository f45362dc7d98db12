using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Identity;

/// <summary>A checked 统一社会信用代码 (unified social credit code, GB 32100-2015) of an organisation applicant.</summary>
/// <remarks>
/// <para>
/// Every instance is valid: the only way to get one is <see cref="TryParse"/> or <see cref="Parse"/>, so code
/// that receives this type never checks again. It is a class rather than a struct because a default struct
/// would be an empty, invalid code that slips past the compiler; a missing code is <see langword="null"/> instead.
/// </para>
/// <para>
/// Layout: position 1 registration authority (登记管理部门代码), 2 organisation type (机构类别代码),
/// 3–8 region code of the registering office (登记管理机关行政区划码, GB/T 2260), 9–17 organisation code
/// (主体标识码, GB 11714), 18 check character (MOD 31-3 over the first 17 characters).
/// </para>
/// <para>
/// Positions 1 and 2 are only checked against the character set: the authority and type tables have been
/// extended since 2015 (for example A and N) and published lists disagree, and the check character already
/// catches typing errors there, so refusing an unlisted pair would turn away real organisations.
/// The organisation code's own GB 11714 check character is not enforced for the same reason.
/// </para>
/// </remarks>
public sealed record UnifiedSocialCreditCode
{
    /// <summary>The number of characters in a code.</summary>
    public const int Length = 18;

    /// <summary>The characters a code may contain, in the order of their numeric values 0–30 (no I, O, S, V, Z).</summary>
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private const int CheckPosition = 18;

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    /// <summary>The 18 characters in canonical form: upper case, no surrounding whitespace.</summary>
    public string Value { get; }

    /// <summary>Position 1: the registration authority (登记管理部门代码), e.g. <c>9</c> for market regulation (工商).</summary>
    public char RegistrationAuthority => Value[0];

    /// <summary>Position 2: the organisation type within the authority (机构类别代码), e.g. <c>1</c> for an enterprise under authority 9.</summary>
    public char OrganisationType => Value[1];

    /// <summary>Positions 3–8: the GB/T 2260 region code of the registering office, six digits.</summary>
    public string RegionCode => Value.Substring(2, 6);

    /// <summary>Positions 9–17: the organisation code (主体标识码), including its own GB 11714 check character.</summary>
    public string OrganisationCode => Value.Substring(8, 9);

    /// <summary>Reads a code typed by a person; lower case and surrounding whitespace are accepted, nothing else is corrected.</summary>
    /// <param name="text">The text as entered.</param>
    /// <param name="code">The code when valid; otherwise <see langword="null"/>.</param>
    /// <param name="error">
    /// When invalid, the first problem found: <c>identity.uscc.empty</c>, <c>identity.uscc.length</c>,
    /// <c>identity.uscc.character</c>, <c>identity.uscc.region-code</c> or <c>identity.uscc.check-character</c>.
    /// <see cref="SourceLocation.Column"/> is the one-based position within the trimmed code when a single character is at fault.
    /// </param>
    /// <returns>Whether <paramref name="text"/> is a valid code.</returns>
    public static bool TryParse(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out UnifiedSocialCreditCode? code,
        [NotNullWhen(false)] out DomainError? error)
    {
        code = null;
        error = Check(text, out var canonical);
        if (error is not null)
        {
            return false;
        }

        code = new UnifiedSocialCreditCode(canonical!);
        return true;
    }

    /// <summary>Reads a code that is expected to be valid, for example one already checked at the window.</summary>
    /// <param name="text">The text as entered.</param>
    /// <returns>The code.</returns>
    /// <exception cref="DomainException">The text is not a valid code; the exception carries the error of <see cref="TryParse"/>.</exception>
    public static UnifiedSocialCreditCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new DomainException(error);

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value;

    private static DomainError? Check(string? text, out string? canonical)
    {
        canonical = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DomainError(
                "identity.uscc.empty",
                "请输入 18 位统一社会信用代码。",
                "Enter the 18-character unified social credit code.");
        }

        var trimmed = text.Trim();
        if (trimmed.Length != Length)
        {
            return new DomainError(
                "identity.uscc.length",
                Invariant($"统一社会信用代码应为 18 位，实际为 {trimmed.Length} 位，请核对后重新输入。"),
                Invariant($"A unified social credit code has 18 characters, but {trimmed.Length} were entered; check it and enter it again."));
        }

        Span<char> chars = stackalloc char[Length];
        var sum = 0;
        for (var i = 0; i < Length; i++)
        {
            var original = trimmed[i];
            var c = IdentityText.ToUpperAscii(original);
            var position = i + 1;
            var numeric = Charset.IndexOf(c, StringComparison.Ordinal);
            if (numeric < 0)
            {
                return CharacterError(position, original);
            }

            if (position is >= 3 and <= 8 && c is not (>= '0' and <= '9'))
            {
                return RegionCodeError(position, original);
            }

            chars[i] = c;
            if (i < Weights.Length)
            {
                sum += numeric * Weights[i];
            }
        }

        var expected = Charset[(31 - (sum % 31)) % 31];
        var actual = chars[Length - 1];
        if (actual != expected)
        {
            return CheckCharacterError(expected, actual);
        }

        canonical = new string(chars);
        return null;
    }

    private static DomainError RegionCodeError(int position, char original) =>
        new(
            "identity.uscc.region-code",
            Invariant($"统一社会信用代码第 {position} 位应为数字（第 3 至 8 位是登记管理机关行政区划码），实际为{IdentityText.DescribeChinese(original)}，请核对后重新输入。"),
            Invariant($"Character {position} of the unified social credit code must be a digit (characters 3 to 8 are the region code), but it is {IdentityText.DescribeEnglish(original)}; check it and enter it again."),
            new SourceLocation(Column: position));

    private static DomainError CheckCharacterError(char expected, char actual) =>
        new(
            "identity.uscc.check-character",
            Invariant($"统一社会信用代码第 {CheckPosition} 位校验码应为 {expected}，实际为 {actual}，请核对后重新输入。"),
            Invariant($"Character {CheckPosition} of the unified social credit code is the check character and should be {expected} for the first 17 characters, but it is {actual}; one of the characters is probably mistyped. Check the code and enter it again."),
            new SourceLocation(Column: CheckPosition));

    private static DomainError CharacterError(int position, char original) =>
        new(
            "identity.uscc.character",
            Invariant($"统一社会信用代码第 {position} 位的{IdentityText.DescribeChinese(original)}不是有效字符：只能使用数字和大写英文字母（不含 I、O、S、V、Z），请核对后重新输入。"),
            Invariant($"Character {position} of the unified social credit code, {IdentityText.DescribeEnglish(original)}, is not allowed: only digits and the letters A-Y except I, O, S and V may be used. Check the code and enter it again."),
            new SourceLocation(Column: position));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
