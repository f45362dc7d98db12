using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Catalog;
using NodaTime;
using static GovWorkflow.Domain.Tests.Cases.CaseFixtures;

namespace GovWorkflow.Domain.Tests.Cases;

public sealed class CorrectionNoticeTests
{
    private static readonly LocalDate IssuedOn = new(2026, 3, 3);
    private static readonly LocalDate DueOn = new(2026, 3, 17);

    [Fact]
    public void TryCreate_MissingAndDefectiveMaterials_ListsEveryOneOnOneNoticeInOrder()
    {
        CaseMaterial[] materials =
        [
            Material("COMPANY-REGISTRATION/application-form", MaterialState.Submitted, MaterialImportance.Primary),
            Material("COMPANY-REGISTRATION/articles-of-association", MaterialState.Missing, MaterialImportance.Primary),
            Material("COMPANY-REGISTRATION/officer-appointments", MaterialState.Defective, MaterialImportance.Primary, problem: "监事任职文件缺少本人签字"),
            Material("SEAL-ENGRAVING/id", MaterialState.Exempted, MaterialImportance.Primary),
            Material("TAX-REGISTRATION/lease", MaterialState.Missing),
        ];

        Assert.True(CorrectionNotice.TryCreate(materials, IssuedOn, DueOn, out var notice, out var error));

        Assert.Null(error);
        Assert.Equal(IssuedOn, notice.IssuedOn);
        Assert.Equal(DueOn, notice.DueOn);
        Assert.Equal(
            [
                new CorrectionEntry("COMPANY-REGISTRATION", "articles-of-association", "articles-of-association 材料", "缺少"),
                new CorrectionEntry("COMPANY-REGISTRATION", "officer-appointments", "officer-appointments 材料", "监事任职文件缺少本人签字"),
                new CorrectionEntry("TAX-REGISTRATION", "lease", "lease 材料", "缺少"),
            ],
            notice.Entries);
    }

    [Fact]
    public void TryCreate_DefectiveWithoutProblemText_SaysNotAsRequired()
    {
        Assert.True(CorrectionNotice.TryCreate([Material("A/plan", MaterialState.Defective)], IssuedOn, DueOn, out var notice, out _));

        Assert.Equal("不符合要求", Assert.Single(notice.Entries).Problem);
    }

    [Fact]
    public void TryCreate_NothingLacking_IsRefusedWithAStableCode()
    {
        CaseMaterial[] materials =
        [
            Material("A/form", MaterialState.Submitted, MaterialImportance.Primary),
            Material("A/id", MaterialState.Exempted, MaterialImportance.Primary),
            Material("A/health", MaterialState.Supplied, tolerable: true),
        ];

        Assert.False(CorrectionNotice.TryCreate(materials, IssuedOn, DueOn, out var notice, out var error));

        Assert.Null(notice);
        Assert.Equal("case.correction-nothing-lacking", error.Code);
    }
}
