using GovWorkflow.Domain.Licensing;
using NodaTime;

namespace GovWorkflow.Domain.Tests.Licensing;

public sealed class ElectronicLicenseTests
{
    private static readonly ElectronicLicense IdCard = new(
        "110101199003071233-SFZ", "resident-id-card", "居民身份证", "110101199003071233", "张伟", "SFS-DCQ-GAFJ",
        new LocalDate(2020, 5, 11), new LocalDate(2040, 5, 11), LicenseStatus.Valid, []);

    [Theory]
    [InlineData(2020, 5, 10, false)]
    [InlineData(2020, 5, 11, true)]
    [InlineData(2030, 1, 1, true)]
    [InlineData(2040, 5, 11, true)]
    [InlineData(2040, 5, 12, false)]
    public void IsValidOn_CountsTheDayOfIssueAndTheLastValidDay(int year, int month, int day, bool valid)
    {
        Assert.Equal(valid, IdCard.IsValidOn(new LocalDate(year, month, day)));
    }

    [Fact]
    public void IsValidOn_LicenceWithoutExpiry_IsValidFromIssueOn()
    {
        var register = IdCard with { ValidUntil = null };

        Assert.True(register.IsValidOn(new LocalDate(2099, 12, 31)));
        Assert.False(register.IsValidOn(new LocalDate(2020, 5, 10)));
    }

    [Fact]
    public void IsValidOn_RevokedLicence_IsNeverValid()
    {
        var revoked = IdCard with { Status = LicenseStatus.Revoked };

        Assert.False(revoked.IsValidOn(new LocalDate(2030, 1, 1)));
    }
}
