using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Tests.Identity;
using NodaTime;
using static GovWorkflow.Domain.Tests.Cases.CaseFixtures;

namespace GovWorkflow.Domain.Tests.Cases;

public sealed class ApplicantTests
{
    [Fact]
    public void TryCreate_ValidResidentId_IsAPersonWithTheTrimmedName()
    {
        Assert.True(Applicant.TryCreate(PersonId, "  张伟 ", out var applicant, out var error));

        Assert.Null(error);
        Assert.Equal(new Applicant(ApplicantKind.Person, PersonId, "张伟"), applicant);
    }

    [Fact]
    public void TryCreate_ValidCreditCode_IsAnOrganisation()
    {
        Assert.True(Applicant.TryCreate(OrganisationId, "示范市东城区好味餐饮有限公司", out var applicant, out _));

        Assert.Equal(ApplicantKind.Organisation, applicant.Kind);
        Assert.Equal(OrganisationId, applicant.IdNumber);
    }

    [Fact]
    public void TryCreate_ResidentIdWithLowerCaseXAndSpacesAround_IsStoredCanonically()
    {
        var withX = IdentityOracle.Resident("110101", new LocalDate(1990, 3, 7), 100);
        var order = 100;
        while (!withX.EndsWith('X'))
        {
            withX = IdentityOracle.Resident("110101", new LocalDate(1990, 3, 7), ++order);
        }

        Assert.True(Applicant.TryCreate(" " + withX.ToLowerInvariant() + " ", "张三", out var applicant, out _));

        Assert.Equal(ApplicantKind.Person, applicant.Kind);
        Assert.Equal(withX, applicant.IdNumber);
    }

    [Fact]
    public void TryCreate_LowerCaseCreditCode_IsStoredInUpperCase()
    {
        Assert.True(Applicant.TryCreate(OrganisationId.ToLowerInvariant(), "好味餐饮", out var applicant, out _));

        Assert.Equal(OrganisationId, applicant.IdNumber);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryCreate_NameMissing_IsRefusedAtTheNameField(string? name)
    {
        Assert.False(Applicant.TryCreate(PersonId, name, out var applicant, out var error));

        Assert.Null(applicant);
        Assert.Equal("case.applicant-name-missing", error.Code);
        Assert.Equal("applicant.name", error.Location!.Field);
    }

    [Fact]
    public void TryCreate_AllDigitsWithWrongCheckCharacter_ReportsTheResidentIdErrorAtItsColumn()
    {
        Assert.False(Applicant.TryCreate("110101199003071234", "张伟", out _, out var error));

        Assert.Equal("identity.resident-id.check-character", error.Code);
        Assert.Equal("applicant.idNumber", error.Location!.Field);
        Assert.Equal(18, error.Location.Column);
    }

    [Fact]
    public void TryCreate_ResidentIdTooShort_ReportsTheResidentIdLength()
    {
        Assert.False(Applicant.TryCreate("11010119900307123", "张伟", out _, out var error));

        Assert.Equal("identity.resident-id.length", error.Code);
    }

    [Fact]
    public void TryCreate_CreditCodeWithWrongCheckCharacter_ReportsTheCreditCodeError()
    {
        Assert.False(Applicant.TryCreate("91110101MA01C5XK3B", "好味餐饮", out _, out var error));

        Assert.Equal("identity.uscc.check-character", error.Code);
        Assert.Equal("applicant.idNumber", error.Location!.Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void TryCreate_NumberMissing_IsRefusedAtTheNumberField(string? idNumber)
    {
        Assert.False(Applicant.TryCreate(idNumber, "张伟", out var applicant, out var error));

        Assert.Null(applicant);
        Assert.StartsWith("identity.", error.Code, StringComparison.Ordinal);
        Assert.Equal("applicant.idNumber", error.Location!.Field);
    }

    [Fact]
    public void MaskedId_HidesTheEightMiddleCharacters()
    {
        Assert.Equal("110101********1233", new Applicant(ApplicantKind.Person, PersonId, "张伟").MaskedId);
        Assert.Equal("911101********XK3A", Organisation.MaskedId);
    }
}
