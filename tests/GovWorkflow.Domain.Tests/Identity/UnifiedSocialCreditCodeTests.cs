using FsCheck;
using FsCheck.Fluent;
using GovWorkflow.Domain.Errors;
using GovWorkflow.Domain.Identity;

namespace GovWorkflow.Domain.Tests.Identity;

public sealed class UnifiedSocialCreditCodeTests
{
    private const string StandardExample = "91350100M000100Y43";

    [Theory]
    [InlineData(StandardExample)]
    [InlineData("914403001922038216")]
    [InlineData("9144030071526726XG")]
    [InlineData("91330100799655058B")]
    [InlineData("91110000802100433B")]
    [InlineData("91310000MA1FL1MMXL")]
    [InlineData("12100000400000624D")]
    public void TryParse_PublishedCode_Succeeds(string text)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(text, out var code, out var error));
        Assert.Null(error);
        Assert.Equal(text, code.Value);
    }

    [Fact]
    public void Parse_StandardExample_ExposesItsParts()
    {
        var code = UnifiedSocialCreditCode.Parse(StandardExample);

        Assert.Equal('9', code.RegistrationAuthority);
        Assert.Equal('1', code.OrganisationType);
        Assert.Equal("350100", code.RegionCode);
        Assert.Equal("M000100Y4", code.OrganisationCode);
        Assert.Equal(StandardExample, code.ToString());
    }

    [Theory]
    [InlineData("91350100m000100y43")]
    [InlineData("  91350100M000100Y43\t")]
    [InlineData("\u300091350100m000100Y43\u3000")]
    public void TryParse_LowerCaseOrSurroundingWhitespace_NormalisesToCanonicalCode(string text)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(text, out var code, out _));
        Assert.Equal(StandardExample, code.Value);
        Assert.Equal(UnifiedSocialCreditCode.Parse(StandardExample), code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_NullOrBlank_ReportsEmpty(string? text)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(text, out var code, out var error));
        Assert.Null(code);
        Assert.Equal("identity.uscc.empty", error.Code);
    }

    [Theory]
    [InlineData("91350100M000100Y4", 17)]
    [InlineData("91350100M000100Y433", 19)]
    [InlineData("9135 0100 M000 100Y 43", 22)]
    public void TryParse_WrongLength_ReportsActualLength(string text, int length)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(text, out _, out var error));
        Assert.Equal("identity.uscc.length", error.Code);
        Assert.Equal($"统一社会信用代码应为 18 位，实际为 {length} 位，请核对后重新输入。", error.Message);
    }

    [Theory]
    [InlineData("91350100O000100Y43", 9, "O")]
    [InlineData("91350100M000100I43", 16, "I")]
    [InlineData("91350100M000100Y4S", 18, "S")]
    [InlineData("V1350100M000100Y43", 1, "V")]
    [InlineData("9Z350100M000100Y43", 2, "Z")]
    [InlineData("91350100M0-0100Y43", 11, "-")]
    [InlineData("91350100M000100o43", 16, "o")]
    public void TryParse_CharacterOutsideCharset_ReportsPositionAndCharacter(string text, int position, string character)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(text, out _, out var error));
        Assert.Equal("identity.uscc.character", error.Code);
        Assert.Equal(position, error.Location?.Column);
        Assert.StartsWith($"统一社会信用代码第 {position} 位的“{character}”", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{character}'", error.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_FullWidthDigit_AsksForHalfWidthCharacters()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse("9135010０M000100Y43", out _, out var error));
        Assert.Equal("identity.uscc.character", error.Code);
        Assert.Equal(8, error.Location?.Column);
        Assert.Contains("全角字符，请改用半角", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_InvisibleCharacter_NamesItsCodePoint()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse("91350100M000\u200B00Y43", out _, out var error));
        Assert.Equal(13, error.Location?.Column);
        Assert.Contains("U+200B", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("91A50100M000100Y43", 3, "A")]
    [InlineData("913501M0M000100Y43", 7, "M")]
    [InlineData("913501y0M000100Y43", 7, "y")]
    public void TryParse_LetterInRegionCode_ReportsPositionAndCharacter(string text, int position, string character)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(text, out _, out var error));
        Assert.Equal("identity.uscc.region-code", error.Code);
        Assert.Equal(position, error.Location?.Column);
        Assert.Equal(
            $"统一社会信用代码第 {position} 位应为数字（第 3 至 8 位是登记管理机关行政区划码），实际为“{character}”，请核对后重新输入。",
            error.Message);
    }

    [Fact]
    public void TryParse_WrongCheckCharacter_ReportsPositionAndExpectedCharacter()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse("91350100M000100Y44", out _, out var error));

        Assert.Equal("identity.uscc.check-character", error.Code);
        Assert.Equal(18, error.Location?.Column);
        Assert.Equal("统一社会信用代码第 18 位校验码应为 3，实际为 4，请核对后重新输入。", error.Message);
        Assert.Contains("should be 3", error.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_CheckValueZero_UsesDigitZero()
    {
        var first17 = FindPrefixWithCheckCharacter('0');

        Assert.True(UnifiedSocialCreditCode.TryParse(first17 + "0", out _, out _));
        Assert.False(UnifiedSocialCreditCode.TryParse(first17 + "Y", out _, out var error));
        Assert.Contains("应为 0，实际为 Y", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('1', '1')]
    [InlineData('5', '3')]
    [InlineData('9', '2')]
    [InlineData('A', '1')]
    [InlineData('N', '2')]
    [InlineData('Y', '1')]
    [InlineData('0', '0')]
    [InlineData('H', 'X')]
    public void TryParse_AnyAuthorityAndTypeFromCharset_IsAcceptedWhenCheckCharacterMatches(char authority, char type)
    {
        var text = IdentityOracle.WithUsccCheck($"{authority}{type}350100M000100Y4");

        Assert.True(UnifiedSocialCreditCode.TryParse(text, out var code, out _));
        Assert.Equal(authority, code.RegistrationAuthority);
        Assert.Equal(type, code.OrganisationType);
    }

    [Fact]
    public void Parse_InvalidCode_ThrowsDomainExceptionCarryingTheError()
    {
        var exception = Assert.Throws<DomainException>(() => UnifiedSocialCreditCode.Parse("91350100M000100Y44"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("identity.uscc.check-character", error.Code);
    }

    [Fact]
    public void EverySingleSubstitution_OfPublishedCodes_IsRejected()
    {
        foreach (var valid in new[] { StandardExample, "914403001922038216", "9144030071526726XG" })
        {
            for (var i = 0; i < valid.Length; i++)
            {
                foreach (var replacement in IdentityOracle.UsccCharset.Where(c => c != valid[i]))
                {
                    var changed = string.Concat(valid.AsSpan(0, i), replacement.ToString(), valid.AsSpan(i + 1));
                    Assert.False(UnifiedSocialCreditCode.TryParse(changed, out _, out _), changed);
                }
            }
        }
    }

    [Fact]
    public void Property_AnyPrefixWithComputedCheckCharacter_ParsesAndRoundTrips()
    {
        Prop.ForAll(Arb.From(IdentityOracle.ValidUscc), text =>
        {
            var ok = UnifiedSocialCreditCode.TryParse(text.ToLowerInvariant(), out var code, out var error);
            return ok
                && error is null
                && code!.Value == text
                && code.RegionCode == text.Substring(2, 6)
                && code.OrganisationCode == text.Substring(8, 9)
                && UnifiedSocialCreditCode.Parse(code.ToString()) == code;
        }).Check(IdentityOracle.Config);
    }

    [Fact]
    public void Property_SingleSubstitution_IsAlwaysDetected()
    {
        var cases =
            from text in IdentityOracle.ValidUscc
            from index in Gen.Choose(0, 17)
            from replacement in Gen.Elements(IdentityOracle.UsccCharset.ToCharArray())
            where replacement != text[index]
            select (text, index, replacement);

        Prop.ForAll(Arb.From(cases), c =>
        {
            var changed = string.Concat(c.text.AsSpan(0, c.index), c.replacement.ToString(), c.text.AsSpan(c.index + 1));
            var rejected = !UnifiedSocialCreditCode.TryParse(changed, out _, out var error);

            // Where the structure still holds, the MOD 31-3 check character alone must catch the change.
            var structureHolds = c.index is < 2 or > 7 || char.IsAsciiDigit(c.replacement);
            var expectedCode = structureHolds ? "identity.uscc.check-character" : "identity.uscc.region-code";
            return rejected && error!.Code == expectedCode;
        }).Check(IdentityOracle.Config);
    }

    [Fact]
    public void Property_AdjacentTranspositionInFirst17Characters_IsAlwaysDetected()
    {
        var cases =
            from text in IdentityOracle.ValidUscc
            from index in Gen.Choose(0, 15)
            where text[index] != text[index + 1]
            select (text, index);

        Prop.ForAll(Arb.From(cases), c =>
        {
            var chars = c.text.ToCharArray();
            (chars[c.index], chars[c.index + 1]) = (chars[c.index + 1], chars[c.index]);
            return !UnifiedSocialCreditCode.TryParse(new string(chars), out _, out _);
        }).Check(IdentityOracle.Config);
    }

    [Fact]
    public void Property_TryParse_NeverThrowsAndReportsExactlyOneOutcome()
    {
        Prop.ForAll(IdentityOracle.AnyText, text =>
        {
            var ok = UnifiedSocialCreditCode.TryParse(text, out var code, out var error);
            return ok
                ? code is not null && error is null && code.Value.Length == 18
                : code is null && error is not null && error.Code.StartsWith("identity.uscc.", StringComparison.Ordinal);
        }).Check(IdentityOracle.Config);
    }

    private static string FindPrefixWithCheckCharacter(char check)
    {
        for (var serial = 0; ; serial++)
        {
            var first17 = $"91350100{serial:000000000}";
            if (IdentityOracle.UsccCheckCharacter(first17) == check)
            {
                return first17;
            }
        }
    }
}
