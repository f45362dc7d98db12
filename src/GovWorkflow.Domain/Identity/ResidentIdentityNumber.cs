using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GovWorkflow.Domain.Errors;
using NodaTime;

namespace GovWorkflow.Domain.Identity;

/// <summary>A checked 公民身份号码 printed on a 居民身份证 (resident identity number, GB 11643-1999) of a natural-person applicant.</summary>
/// <remarks>
/// <para>
/// Every instance is valid: the only way to get one is <see cref="TryParse"/> or <see cref="Parse"/>. It is a
/// class rather than a struct because a default struct would be an empty, invalid number; a missing number is
/// <see langword="null"/> instead.
/// </para>
/// <para>
/// Layout: positions 1–6 address code (GB/T 2260), 7–14 birth date <c>yyyyMMdd</c>, 15–17 order code (odd for
/// men, even for women), 18 check character (ISO 7064 MOD 11-2, <c>X</c> for 10). Only the province part of the
/// address code is checked: county codes are renumbered over time and old numbers keep the old codes.
/// Province 83 is accepted because residence permits for Taiwan residents use it, like 81 and 82 for Hong Kong and Macao.
/// </para>
/// <para>
/// The number is personal data: <see cref="ToString"/> returns it in full for storage and exchange, so show
/// <see cref="Masked"/> on screens and in logs. Error messages never repeat the whole number.
/// </para>
/// </remarks>
public sealed record ResidentIdentityNumber
{
    /// <summary>The number of characters in a number.</summary>
    public const int Length = 18;

    /// <summary>The earliest birth year accepted.</summary>
    public const int MinimumBirthYear = 1800;

    private const int CheckPosition = 18;
    private const int BirthDatePosition = 7;
    private const string CheckCharacters = "10X98765432";

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private ResidentIdentityNumber(string value, LocalDate birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The 18 characters in canonical form: digits and a final upper-case <c>X</c> where the check value is 10.</summary>
    public string Value { get; }

    /// <summary>Positions 1–6: the GB/T 2260 address code where the number was first issued (not where the person lives now).</summary>
    public string AddressCode => Value[..6];

    /// <summary>Positions 7–14: the date of birth.</summary>
    public LocalDate BirthDate { get; }

    /// <summary>The sex encoded by the parity of the order code (position 17).</summary>
    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>The number with the birth date (positions 7–14) hidden, for display: <c>110105********002X</c>.</summary>
    public string Masked => string.Concat(Value.AsSpan(0, 6), "********", Value.AsSpan(14, 4));

    /// <summary>Reads a number typed by a person; a lower-case <c>x</c> and surrounding whitespace are accepted, nothing else is corrected.</summary>
    /// <param name="text">The text as entered.</param>
    /// <param name="number">The number when valid; otherwise <see langword="null"/>.</param>
    /// <param name="error">
    /// When invalid, the first problem found: <c>identity.resident-id.empty</c>, <c>identity.resident-id.length</c>,
    /// <c>identity.resident-id.character</c>, <c>identity.resident-id.address-code</c>, <c>identity.resident-id.birth-date</c>
    /// or <c>identity.resident-id.check-character</c>. <see cref="SourceLocation.Column"/> is the one-based position within the
    /// trimmed number of the character or field at fault.
    /// </param>
    /// <returns>Whether <paramref name="text"/> is a valid number.</returns>
    /// <remarks>A birth date after today is not detected here because parsing reads no clock; see <see cref="CheckBirthDateNotAfter"/>.</remarks>
    public static bool TryParse(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out ResidentIdentityNumber? number,
        [NotNullWhen(false)] out DomainError? error)
    {
        number = null;
        error = Check(text, out var canonical, out var birthDate);
        if (error is not null)
        {
            return false;
        }

        number = new ResidentIdentityNumber(canonical!, birthDate);
        return true;
    }

    /// <summary>Reads a number that is expected to be valid, for example one already checked at the window.</summary>
    /// <param name="text">The text as entered.</param>
    /// <returns>The number.</returns>
    /// <exception cref="DomainException">The text is not a valid number; the exception carries the error of <see cref="TryParse"/>.</exception>
    public static ResidentIdentityNumber Parse(string text) =>
        TryParse(text, out var number, out var error) ? number : throw new DomainException(error);

    /// <summary>Checks that the birth date is not after <paramref name="today"/>.</summary>
    /// <param name="today">Today's date where the application is made, from the caller's clock.</param>
    /// <returns><see langword="null"/> when the birth date is today or earlier; otherwise an <c>identity.resident-id.birth-date-in-future</c> error.</returns>
    /// <remarks>Separate from parsing because the domain reads no clock; callers that hold an <see cref="IClock"/> call it after parsing.</remarks>
    public DomainError? CheckBirthDateNotAfter(LocalDate today) =>
        BirthDate <= today
            ? null
            : new DomainError(
                "identity.resident-id.birth-date-in-future",
                "居民身份证号码第 7 至 14 位的出生日期晚于今天，请核对后重新输入。",
                "The birth date in characters 7 to 14 of the resident identity number is after today; check the number and enter it again.",
                new SourceLocation(Column: BirthDatePosition));

    /// <summary>Returns <see cref="Value"/>, the full number; use <see cref="Masked"/> for display.</summary>
    public override string ToString() => Value;

    private static DomainError? Check(string? text, out string? canonical, out LocalDate birthDate)
    {
        canonical = null;
        birthDate = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DomainError(
                "identity.resident-id.empty",
                "请输入 18 位居民身份证号码。",
                "Enter the 18-character resident identity number.");
        }

        var trimmed = text.Trim();
        if (trimmed.Length != Length)
        {
            return LengthError(trimmed.Length);
        }

        Span<char> chars = stackalloc char[Length];
        var sum = 0;
        for (var i = 0; i < Length; i++)
        {
            var original = trimmed[i];
            var c = IdentityText.ToUpperAscii(original);
            var position = i + 1;
            var isDigit = c is >= '0' and <= '9';
            if (position < CheckPosition ? !isDigit : !isDigit && c != 'X')
            {
                return CharacterError(position, original);
            }

            chars[i] = c;
            if (i < Weights.Length)
            {
                sum += (c - '0') * Weights[i];
            }
        }

        var province = Digits(chars, 0, 2);
        if (!IsProvinceCode(province))
        {
            return AddressCodeError(province);
        }

        var dateError = ReadBirthDate(chars, out birthDate);
        if (dateError is not null)
        {
            return dateError;
        }

        var expected = CheckCharacters[sum % 11];
        var actual = chars[Length - 1];
        if (actual != expected)
        {
            return CheckCharacterError(expected, actual);
        }

        canonical = new string(chars);
        return null;
    }

    private static DomainError? ReadBirthDate(ReadOnlySpan<char> chars, out LocalDate birthDate)
    {
        birthDate = default;
        var year = Digits(chars, 6, 4);
        var month = Digits(chars, 10, 2);
        var day = Digits(chars, 12, 2);
        var location = new SourceLocation(Column: BirthDatePosition);
        if (year < MinimumBirthYear)
        {
            return new DomainError(
                "identity.resident-id.birth-date",
                Invariant($"居民身份证号码第 7 至 10 位的出生年份 {year:0000} 早于 {MinimumBirthYear} 年，请核对后重新输入。"),
                Invariant($"The birth year in characters 7 to 10 of the resident identity number, {year:0000}, is before {MinimumBirthYear}; check the number and enter it again."),
                location);
        }

        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return new DomainError(
                "identity.resident-id.birth-date",
                Invariant($"居民身份证号码第 7 至 14 位的出生日期 {year:0000}{month:00}{day:00} 不是真实存在的日期，请核对后重新输入。"),
                Invariant($"The birth date in characters 7 to 14 of the resident identity number, {year:0000}{month:00}{day:00}, is not a calendar date; check the number and enter it again."),
                location);
        }

        birthDate = new LocalDate(year, month, day);
        return null;
    }

    private static bool IsProvinceCode(int code) =>
        code is (>= 11 and <= 15) or (>= 21 and <= 23) or (>= 31 and <= 37) or (>= 41 and <= 46)
            or (>= 50 and <= 54) or (>= 61 and <= 65) or 71 or 81 or 82 or 83;

    private static int Digits(ReadOnlySpan<char> chars, int start, int count)
    {
        var value = 0;
        foreach (var c in chars.Slice(start, count))
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static DomainError LengthError(int length)
    {
        var oldNumberHint = length == 15 ? "15 位的第一代身份证号码已停止使用，请填写第二代身份证上的 18 位号码。" : "请核对后重新输入。";
        var oldNumberHintEnglish = length == 15
            ? "15-digit first-generation numbers are no longer used; enter the 18-character number from the second-generation card."
            : "check it and enter it again.";
        return new DomainError(
            "identity.resident-id.length",
            Invariant($"居民身份证号码应为 18 位，实际为 {length} 位，{oldNumberHint}"),
            Invariant($"A resident identity number has 18 characters, but {length} were entered; {oldNumberHintEnglish}"));
    }

    private static DomainError AddressCodeError(int province) =>
        new(
            "identity.resident-id.address-code",
            Invariant($"居民身份证号码前 2 位“{province:00}”不是有效的省级行政区划代码，请核对后重新输入。"),
            Invariant($"The first 2 characters of the resident identity number, {province:00}, are not a province code; check the number and enter it again."),
            new SourceLocation(Column: 1));

    private static DomainError CheckCharacterError(char expected, char actual) =>
        new(
            "identity.resident-id.check-character",
            Invariant($"居民身份证号码第 {CheckPosition} 位校验码应为 {expected}，实际为 {actual}，请核对后重新输入。"),
            Invariant($"Character {CheckPosition} of the resident identity number is the check character and should be {expected} for the first 17 digits, but it is {actual}; one of the digits is probably mistyped. Check the number and enter it again."),
            new SourceLocation(Column: CheckPosition));

    private static DomainError CharacterError(int position, char original) =>
        position < CheckPosition
            ? new DomainError(
                "identity.resident-id.character",
                Invariant($"居民身份证号码第 {position} 位应为数字，实际为{IdentityText.DescribeChinese(original)}，请核对后重新输入。"),
                Invariant($"Character {position} of the resident identity number must be a digit, but it is {IdentityText.DescribeEnglish(original)}; check the number and enter it again."),
                new SourceLocation(Column: position))
            : new DomainError(
                "identity.resident-id.character",
                Invariant($"居民身份证号码第 {position} 位应为数字或字母 X，实际为{IdentityText.DescribeChinese(original)}，请核对后重新输入。"),
                Invariant($"Character {position} of the resident identity number must be a digit or the letter X, but it is {IdentityText.DescribeEnglish(original)}; check the number and enter it again."),
                new SourceLocation(Column: position));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
