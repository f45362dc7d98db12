using FsCheck;
using FsCheck.Fluent;
using GovWorkflow.Domain.Errors;
using GovWorkflow.Domain.Identity;
using NodaTime;

namespace GovWorkflow.Domain.Tests.Identity;

public sealed class ResidentIdentityNumberTests
{
    // The two examples printed in GB 11643-1999.
    private const string StandardExample = "11010519491231002X";
    private const string SecondStandardExample = "440524188001010014";

    [Fact]
    public void Parse_StandardExample_ExposesItsParts()
    {
        var number = ResidentIdentityNumber.Parse(StandardExample);

        Assert.Equal(StandardExample, number.Value);
        Assert.Equal("110105", number.AddressCode);
        Assert.Equal(new LocalDate(1949, 12, 31), number.BirthDate);
        Assert.Equal(Sex.Female, number.Sex);
        Assert.Equal(StandardExample, number.ToString());
    }

    [Fact]
    public void Parse_SecondStandardExample_IsMaleBornIn1880()
    {
        var number = ResidentIdentityNumber.Parse(SecondStandardExample);

        Assert.Equal("440524", number.AddressCode);
        Assert.Equal(new LocalDate(1880, 1, 1), number.BirthDate);
        Assert.Equal(Sex.Male, number.Sex);
    }

    [Theory]
    [InlineData("11010519491231002x")]
    [InlineData(" 11010519491231002X ")]
    [InlineData("\u300011010519491231002x\t")]
    public void TryParse_LowerCaseXOrSurroundingWhitespace_NormalisesToCanonicalNumber(string text)
    {
        Assert.True(ResidentIdentityNumber.TryParse(text, out var number, out var error));
        Assert.Null(error);
        Assert.Equal(StandardExample, number.Value);
        Assert.Equal(ResidentIdentityNumber.Parse(StandardExample), number);
    }

    [Fact]
    public void Masked_KeepsFirstSixAndLastFourCharacters()
    {
        Assert.Equal("110105********002X", ResidentIdentityNumber.Parse(StandardExample).Masked);
    }

    [Theory]
    [InlineData(1, Sex.Male)]
    [InlineData(2, Sex.Female)]
    [InlineData(999, Sex.Male)]
    [InlineData(0, Sex.Female)]
    public void Sex_FollowsParityOfOrderCode(int orderCode, Sex expected)
    {
        var number = ResidentIdentityNumber.Parse(IdentityOracle.Resident("110105", new LocalDate(1990, 3, 7), orderCode));

        Assert.Equal(expected, number.Sex);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void TryParse_NullOrBlank_ReportsEmpty(string? text)
    {
        Assert.False(ResidentIdentityNumber.TryParse(text, out var number, out var error));
        Assert.Null(number);
        Assert.Equal("identity.resident-id.empty", error.Code);
    }

    [Theory]
    [InlineData("11010519491231002", 17)]
    [InlineData("11010519491231002X1", 19)]
    public void TryParse_WrongLength_ReportsActualLength(string text, int length)
    {
        Assert.False(ResidentIdentityNumber.TryParse(text, out _, out var error));
        Assert.Equal("identity.resident-id.length", error.Code);
        Assert.Equal($"居民身份证号码应为 18 位，实际为 {length} 位，请核对后重新输入。", error.Message);
    }

    [Fact]
    public void TryParse_FifteenDigitFirstGenerationNumber_AsksForTheEighteenCharacterNumber()
    {
        Assert.False(ResidentIdentityNumber.TryParse("110105491231002", out _, out var error));
        Assert.Equal("identity.resident-id.length", error.Code);
        Assert.Contains("第一代身份证号码已停止使用", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1101A519491231002X", 5, "A")]
    [InlineData("110105194X1231002X", 10, "X")]
    [InlineData("1101051949123100xX", 17, "x")]
    [InlineData("11010519491231 02X", 15, "空格")]
    [InlineData("11010519491231０02X", 15, "“０”（全角字符，请改用半角）")]
    public void TryParse_NonDigitInFirst17Characters_ReportsPositionAndCharacter(string text, int position, string description)
    {
        Assert.False(ResidentIdentityNumber.TryParse(text, out _, out var error));
        Assert.Equal("identity.resident-id.character", error.Code);
        Assert.Equal(position, error.Location?.Column);
        var shown = description.Length == 1 ? $"“{description}”" : description;
        Assert.Equal($"居民身份证号码第 {position} 位应为数字，实际为{shown}，请核对后重新输入。", error.Message);
    }

    [Fact]
    public void TryParse_LetterOtherThanXInLastPosition_ReportsPositionAndCharacter()
    {
        Assert.False(ResidentIdentityNumber.TryParse("11010519491231002Y", out _, out var error));
        Assert.Equal("identity.resident-id.character", error.Code);
        Assert.Equal(18, error.Location?.Column);
        Assert.Equal("居民身份证号码第 18 位应为数字或字母 X，实际为“Y”，请核对后重新输入。", error.Message);
    }

    [Theory]
    [InlineData("00")]
    [InlineData("10")]
    [InlineData("16")]
    [InlineData("24")]
    [InlineData("38")]
    [InlineData("47")]
    [InlineData("55")]
    [InlineData("66")]
    [InlineData("72")]
    [InlineData("80")]
    [InlineData("84")]
    [InlineData("91")]
    [InlineData("99")]
    public void TryParse_UnknownProvinceCode_ReportsAddressCode(string province)
    {
        var text = IdentityOracle.Resident(province + "0105", new LocalDate(1949, 12, 31), 2);

        Assert.False(ResidentIdentityNumber.TryParse(text, out _, out var error));
        Assert.Equal("identity.resident-id.address-code", error.Code);
        Assert.Equal(1, error.Location?.Column);
        Assert.Equal($"居民身份证号码前 2 位“{province}”不是有效的省级行政区划代码，请核对后重新输入。", error.Message);
    }

    [Theory]
    [InlineData("110000")]
    [InlineData("150000")]
    [InlineData("230000")]
    [InlineData("370000")]
    [InlineData("460000")]
    [InlineData("500000")]
    [InlineData("540000")]
    [InlineData("650000")]
    [InlineData("710000")]
    [InlineData("810000")]
    [InlineData("820000")]
    [InlineData("830000")]
    public void TryParse_ProvinceCodeFromGbT2260OrResidencePermit_IsAccepted(string addressCode)
    {
        var text = IdentityOracle.Resident(addressCode, new LocalDate(1990, 3, 7), 123);

        Assert.True(ResidentIdentityNumber.TryParse(text, out var number, out _));
        Assert.Equal(addressCode, number.AddressCode);
    }

    [Theory]
    [InlineData(1949, 2, 30)]
    [InlineData(1900, 2, 29)]
    [InlineData(1990, 13, 1)]
    [InlineData(1990, 0, 10)]
    [InlineData(1990, 4, 31)]
    [InlineData(1990, 1, 0)]
    public void TryParse_BirthDateThatDoesNotExist_ReportsBirthDate(int year, int month, int day)
    {
        var text = IdentityOracle.WithResidentCheck($"110105{year:0000}{month:00}{day:00}002");

        Assert.False(ResidentIdentityNumber.TryParse(text, out _, out var error));
        Assert.Equal("identity.resident-id.birth-date", error.Code);
        Assert.Equal(7, error.Location?.Column);
        Assert.Equal(
            $"居民身份证号码第 7 至 14 位的出生日期 {year:0000}{month:00}{day:00} 不是真实存在的日期，请核对后重新输入。",
            error.Message);
    }

    [Fact]
    public void TryParse_BirthYearBefore1800_ReportsBirthDate()
    {
        var text = IdentityOracle.WithResidentCheck("11010517991231002");

        Assert.False(ResidentIdentityNumber.TryParse(text, out _, out var error));
        Assert.Equal("identity.resident-id.birth-date", error.Code);
        Assert.Equal("居民身份证号码第 7 至 10 位的出生年份 1799 早于 1800 年，请核对后重新输入。", error.Message);
    }

    [Theory]
    [InlineData(1800, 1, 1)]
    [InlineData(2000, 2, 29)]
    [InlineData(2024, 2, 29)]
    [InlineData(9999, 12, 31)]
    public void TryParse_RealBirthDate_IsAccepted(int year, int month, int day)
    {
        var birthDate = new LocalDate(year, month, day);

        Assert.True(ResidentIdentityNumber.TryParse(IdentityOracle.Resident("110105", birthDate, 2), out var number, out _));
        Assert.Equal(birthDate, number.BirthDate);
    }

    [Fact]
    public void TryParse_WrongCheckCharacter_ReportsPositionAndExpectedCharacter()
    {
        Assert.False(ResidentIdentityNumber.TryParse("110105194912310021", out _, out var error));

        Assert.Equal("identity.resident-id.check-character", error.Code);
        Assert.Equal(18, error.Location?.Column);
        Assert.Equal("居民身份证号码第 18 位校验码应为 X，实际为 1，请核对后重新输入。", error.Message);
    }

    [Fact]
    public void TryParse_XWhereCheckValueIsADigit_ReportsExpectedDigit()
    {
        Assert.False(ResidentIdentityNumber.TryParse("44052418800101001x", out _, out var error));

        Assert.Equal("identity.resident-id.check-character", error.Code);
        Assert.Equal("居民身份证号码第 18 位校验码应为 4，实际为 X，请核对后重新输入。", error.Message);
    }

    [Fact]
    public void Errors_NeverRepeatTheWholeNumber()
    {
        const string WrongCheck = "110105194912310021";
        Assert.False(ResidentIdentityNumber.TryParse(WrongCheck, out _, out var error));

        Assert.DoesNotContain(WrongCheck[..17], error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(WrongCheck[..17], error.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidNumber_ThrowsDomainExceptionCarryingTheError()
    {
        var exception = Assert.Throws<DomainException>(() => ResidentIdentityNumber.Parse("110105194912310021"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("identity.resident-id.check-character", error.Code);
    }

    [Fact]
    public void CheckBirthDateNotAfter_BirthDateTomorrow_ReportsFutureBirthDate()
    {
        var number = ResidentIdentityNumber.Parse(IdentityOracle.Resident("110105", new LocalDate(2025, 6, 2), 2));

        var error = number.CheckBirthDateNotAfter(new LocalDate(2025, 6, 1));

        Assert.NotNull(error);
        Assert.Equal("identity.resident-id.birth-date-in-future", error.Code);
        Assert.Equal(7, error.Location?.Column);
    }

    [Fact]
    public void CheckBirthDateNotAfter_BornToday_IsAccepted()
    {
        var number = ResidentIdentityNumber.Parse(IdentityOracle.Resident("110105", new LocalDate(2025, 6, 1), 2));

        Assert.Null(number.CheckBirthDateNotAfter(new LocalDate(2025, 6, 1)));
    }

    [Fact]
    public void EverySingleSubstitution_OfStandardExamples_IsRejected()
    {
        foreach (var valid in new[] { StandardExample, SecondStandardExample })
        {
            for (var i = 0; i < valid.Length; i++)
            {
                foreach (var replacement in (IdentityOracle.Digits + "X").Where(c => c != valid[i]))
                {
                    var changed = string.Concat(valid.AsSpan(0, i), replacement.ToString(), valid.AsSpan(i + 1));
                    Assert.False(ResidentIdentityNumber.TryParse(changed, out _, out _), changed);
                }
            }
        }
    }

    [Fact]
    public void Property_ValidPartsWithComputedCheckCharacter_ParseAndRoundTrip()
    {
        Prop.ForAll(Arb.From(IdentityOracle.ValidResident), sample =>
        {
            var ok = ResidentIdentityNumber.TryParse(sample.Text.ToLowerInvariant(), out var number, out var error);
            return ok
                && error is null
                && number!.Value == sample.Text
                && number.AddressCode == sample.AddressCode
                && number.BirthDate == sample.BirthDate
                && number.Sex == (sample.OrderCode % 2 == 1 ? Sex.Male : Sex.Female)
                && number.Masked == string.Concat(sample.Text.AsSpan(0, 6), "********", sample.Text.AsSpan(14))
                && ResidentIdentityNumber.Parse(number.ToString()) == number;
        }).Check(IdentityOracle.Config);
    }

    [Fact]
    public void Property_SingleSubstitution_IsAlwaysDetected()
    {
        var cases =
            from sample in IdentityOracle.ValidResident
            from index in Gen.Choose(0, 17)
            from replacement in Gen.Elements((IdentityOracle.Digits + "X").ToCharArray())
            where replacement != sample.Text[index]
            select (sample.Text, index, replacement);

        Prop.ForAll(Arb.From(cases), c =>
        {
            var changed = string.Concat(c.Text.AsSpan(0, c.index), c.replacement.ToString(), c.Text.AsSpan(c.index + 1));
            var rejected = !ResidentIdentityNumber.TryParse(changed, out _, out var error);

            // County digits (3-6) and order code (15-17) carry no other rule: MOD 11-2 alone must catch a digit change there.
            var onlyChecksumApplies = (c.index is (>= 2 and <= 5) or (>= 14 and <= 16) && c.replacement != 'X') || c.index == 17;
            return rejected && (!onlyChecksumApplies || error!.Code == "identity.resident-id.check-character");
        }).Check(IdentityOracle.Config);
    }

    [Fact]
    public void Property_AdjacentTranspositionInFirst17Digits_IsAlwaysDetected()
    {
        var cases =
            from sample in IdentityOracle.ValidResident
            from index in Gen.Choose(0, 15)
            where sample.Text[index] != sample.Text[index + 1]
            select (sample.Text, index);

        Prop.ForAll(Arb.From(cases), c =>
        {
            var chars = c.Text.ToCharArray();
            (chars[c.index], chars[c.index + 1]) = (chars[c.index + 1], chars[c.index]);
            return !ResidentIdentityNumber.TryParse(new string(chars), out _, out _);
        }).Check(IdentityOracle.Config);
    }

    [Fact]
    public void Property_TryParse_NeverThrowsAndReportsExactlyOneOutcome()
    {
        Prop.ForAll(IdentityOracle.AnyText, text =>
        {
            var ok = ResidentIdentityNumber.TryParse(text, out var number, out var error);
            return ok
                ? number is not null && error is null && number.Value.Length == 18
                : number is null && error is not null && error.Code.StartsWith("identity.resident-id.", StringComparison.Ordinal);
        }).Check(IdentityOracle.Config);
    }

    [Fact]
    public void Property_TryParse_NeverThrowsForDigitStrings()
    {
        var digitsOf18 = Gen.ArrayOf(Gen.Elements((IdentityOracle.Digits + "Xx").ToCharArray()), 18).Select(a => new string(a));

        Prop.ForAll(Arb.From(digitsOf18), text =>
        {
            var ok = ResidentIdentityNumber.TryParse(text, out var number, out var error);
            return ok == (error is null) && ok == (number is not null);
        }).Check(IdentityOracle.Config);
    }
}
