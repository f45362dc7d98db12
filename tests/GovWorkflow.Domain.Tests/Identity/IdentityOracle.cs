using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace GovWorkflow.Domain.Tests.Identity;

/// <summary>
/// Check characters computed from the standards' formulas, written independently of the production code
/// (weights as powers of the radix, ISO 7064 "(12 - sum) mod 11"), plus FsCheck generators of valid values.
/// </summary>
internal static class IdentityOracle
{
    public const string UsccCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public const string Digits = "0123456789";

    public static readonly int[] ProvinceCodes =
        [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83];

    /// <summary>GB 32100: weight of position i is 3^i mod 31; check value is (31 - sum mod 31) mod 31.</summary>
    public static char UsccCheckCharacter(string first17)
    {
        var sum = 0;
        var weight = 1;
        for (var i = 0; i < 17; i++)
        {
            sum += UsccCharset.IndexOf(first17[i], StringComparison.Ordinal) * weight;
            weight = weight * 3 % 31;
        }

        return UsccCharset[(31 - (sum % 31)) % 31];
    }

    public static string WithUsccCheck(string first17) => first17 + UsccCheckCharacter(first17);

    /// <summary>ISO 7064 MOD 11-2: weight of position i (from the left, 0-based) is 2^(17-i) mod 11; check value is (12 - sum mod 11) mod 11, 10 written X.</summary>
    public static char ResidentCheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var weight = 1;
            for (var k = 0; k < 17 - i; k++)
            {
                weight = weight * 2 % 11;
            }

            sum += (first17[i] - '0') * weight;
        }

        var value = (12 - (sum % 11)) % 11;
        return value == 10 ? 'X' : (char)('0' + value);
    }

    public static string WithResidentCheck(string first17) => first17 + ResidentCheckCharacter(first17);

    /// <summary>A resident identity number with a correct check character for the given parts.</summary>
    public static string Resident(string addressCode, LocalDate birthDate, int orderCode) =>
        WithResidentCheck(string.Create(
            CultureInfo.InvariantCulture,
            $"{addressCode}{birthDate.Year:0000}{birthDate.Month:00}{birthDate.Day:00}{orderCode:000}"));

    /// <summary>Valid codes: charset at positions 1–2 and 9–17, digits at 3–8, computed check character.</summary>
    public static Gen<string> ValidUscc { get; } =
        from head in Gen.ArrayOf(Gen.Elements(UsccCharset.ToCharArray()), 2)
        from region in Gen.ArrayOf(Gen.Elements(Digits.ToCharArray()), 6)
        from organisation in Gen.ArrayOf(Gen.Elements(UsccCharset.ToCharArray()), 9)
        select WithUsccCheck(new string(head) + new string(region) + new string(organisation));

    /// <summary>Valid numbers: a province code, any county digits, a date from 1800 to 2099, any order code.</summary>
    public static Gen<(string Text, string AddressCode, LocalDate BirthDate, int OrderCode)> ValidResident { get; } =
        from province in Gen.Elements(ProvinceCodes)
        from county in Gen.Choose(0, 9999)
        from dayOffset in Gen.Choose(0, Period.Between(new LocalDate(1800, 1, 1), new LocalDate(2099, 12, 31), PeriodUnits.Days).Days)
        from order in Gen.Choose(0, 999)
        let address = string.Create(CultureInfo.InvariantCulture, $"{province:00}{county:0000}")
        let birthDate = new LocalDate(1800, 1, 1).PlusDays(dayOffset)
        select (Resident(address, birthDate, order), address, birthDate, order);

    /// <summary>Text that is often almost a code: near-18 lengths from a mix of valid and typical wrong characters.</summary>
    public static Gen<string> NearMisses { get; } =
        from length in Gen.Choose(0, 22)
        from chars in Gen.ArrayOf(Gen.Elements("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz \t\u3000\uFF10\uFF21\0\u200B\uD83D-".ToCharArray()), length)
        select new string(chars);

    /// <summary>Arbitrary strings (including null) mixed with near misses.</summary>
    public static Arbitrary<string?> AnyText { get; } =
        Arb.From(Gen.OneOf(ArbMap.Default.GeneratorFor<string?>(), NearMisses.Select(s => (string?)s)));

    public static Config Config { get; } = Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true);
}
