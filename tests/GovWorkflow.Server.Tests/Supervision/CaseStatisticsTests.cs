using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Server.Supervision;
using GovWorkflow.Server.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace GovWorkflow.Server.Tests.Supervision;

[Collection(ServerGroup.Name)]
public sealed class CaseStatisticsTests(SqliteServerFixture server)
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 20, 2, 0);

    private CaseServices Services => server.Factory.Services.GetRequiredService<CaseServices>();

    [Fact]
    public void ForBundle_AcrossNationalDay_CountsWorkingDaysNotCalendarDays()
    {
        var bundle = Services.Bundles.Get("restaurant-opening");
        var acrossHoliday = Decided("restaurant-opening", new LocalDate(2026, 9, 30), new LocalDate(2026, 10, 9));
        var used = CaseClock.At(acrossHoliday, bundle.Policy, Services.Clock, Now).Used;

        var statistics = CaseStatistics.ForBundle(bundle, [acrossHoliday], Services.Clock, Now);

        Assert.InRange(used, 1, 4);
        Assert.Equal(used, statistics.AverageUsed);
        Assert.Equal(1.0, statistics.OnTimeRate);
    }

    [Fact]
    public void ForBundle_AveragesDecidedCasesOfTheBundle_CompressionAndOnTimeRate()
    {
        var bundle = Services.Bundles.Get("restaurant-opening");
        var quick = Decided("restaurant-opening", new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 4));
        var late = Decided("restaurant-opening", new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 16));
        var open = Decided("restaurant-opening", new LocalDate(2026, 3, 2), null);
        var otherBundle = Decided("newborn", new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 3));
        var usedQuick = CaseClock.At(quick, bundle.Policy, Services.Clock, Now).Used;
        var usedLate = CaseClock.At(late, bundle.Policy, Services.Clock, Now).Used;

        var statistics = CaseStatistics.ForBundle(bundle, [quick, late, open, otherBundle], Services.Clock, Now);

        Assert.True(usedQuick <= 5 && usedLate > 5, $"quick {usedQuick}, late {usedLate}");
        Assert.Equal(2, statistics.Decided);
        Assert.Equal(20, statistics.StatutoryLimit);
        Assert.Equal(5, statistics.PromisedLimit);
        var average = (usedQuick + usedLate) / 2.0;
        Assert.Equal(average, statistics.AverageUsed);
        Assert.Equal(Math.Round(1 - (average / 20), 4), statistics.CompressionRatio);
        Assert.Equal(0.5, statistics.OnTimeRate);
        Assert.Equal(["BUSINESS-LICENCE", "FOOD-BUSINESS-PERMIT", "OUTDOOR-SIGN"], statistics.Items);
    }

    [Fact]
    public void ForBundle_NothingDecided_HasNoAverages()
    {
        var statistics = CaseStatistics.ForBundle(Services.Bundles.Get("newborn"), [], Services.Clock, Now);
        Assert.Equal(0, statistics.Decided);
        Assert.Null(statistics.AverageUsed);
        Assert.Null(statistics.CompressionRatio);
        Assert.Null(statistics.OnTimeRate);
    }

    [Fact]
    public void Ratings_CountsEveryLevel_AndThePoorShare()
    {
        var cases = new[] { Rating.VerySatisfied, Rating.VerySatisfied, Rating.Satisfied, Rating.VeryDissatisfied }
            .Select(r => Decided("restaurant-opening", new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 3)) with { Rating = r })
            .Append(Decided("restaurant-opening", new LocalDate(2026, 3, 2), null));

        var ratings = CaseStatistics.Ratings(cases);

        Assert.Equal(4, ratings.Rated);
        Assert.Equal(["非常满意", "满意", "基本满意", "不满意", "非常不满意"], ratings.Levels.Select(l => l.Level));
        Assert.Equal([2, 1, 0, 0, 1], ratings.Levels.Select(l => l.Count));
        Assert.Equal(0.25, ratings.PoorShare);
    }

    [Fact]
    public void ForBundle_Period_CountsCasesDecidedOnItsFirstAndLastDay_NotOutside()
    {
        var bundle = Services.Bundles.Get("restaurant-opening");
        var before = Decided("restaurant-opening", new LocalDate(2026, 2, 24), new LocalDate(2026, 2, 28));
        var first = Decided("restaurant-opening", new LocalDate(2026, 2, 26), new LocalDate(2026, 3, 2));
        var last = Decided("restaurant-opening", new LocalDate(2026, 3, 25), new LocalDate(2026, 3, 31));
        var after = Decided("restaurant-opening", new LocalDate(2026, 3, 30), new LocalDate(2026, 4, 1));
        var open = Decided("restaurant-opening", new LocalDate(2026, 3, 2), null);
        var march = new StatisticsPeriod(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 31));

        var statistics = CaseStatistics.ForBundle(bundle, [before, first, last, after, open], Services.Clock, Now, march);

        Assert.Equal(2, statistics.Decided);
        Assert.Equal(CaseStatistics.ForBundle(bundle, [first, last], Services.Clock, Now).AverageUsed, statistics.AverageUsed);
        Assert.Equal(3, CaseStatistics.ForBundle(bundle, [before, first, last, after], Services.Clock, Now, new StatisticsPeriod(null, new LocalDate(2026, 3, 31))).Decided);
        Assert.Equal(0, CaseStatistics.ForBundle(bundle, [before, first, last, after], Services.Clock, Now, new StatisticsPeriod(new LocalDate(2026, 4, 2), null)).Decided);
    }

    [Fact]
    public void Ratings_Period_UsesTheRatingDay_OrTheDeliveryDayOfOlderFiles()
    {
        var inside = Decided("restaurant-opening", new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 3)) with { Rating = Rating.Satisfied, RatedOn = new LocalDate(2026, 3, 31) };
        var ratedLater = Decided("restaurant-opening", new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 3)) with { Rating = Rating.VeryDissatisfied, DeliveredOn = new LocalDate(2026, 3, 4), RatedOn = new LocalDate(2026, 4, 1) };
        var older = Decided("restaurant-opening", new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 3)) with { Rating = Rating.Dissatisfied, DeliveredOn = new LocalDate(2026, 3, 5) };

        var ratings = CaseStatistics.Ratings([inside, ratedLater, older], new StatisticsPeriod(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)));

        Assert.Equal(2, ratings.Rated);
        Assert.Equal(0.5, ratings.PoorShare);
        Assert.Equal(("2026-03-01", "2026-03-31"), (ratings.From, ratings.To));
    }

    private static CaseFile Decided(string bundle, LocalDate accepted, LocalDate? decided) => new()
    {
        Id = "T-" + Guid.NewGuid().ToString("N"),
        BundleCode = bundle,
        Applicant = new Applicant(ApplicantKind.Organisation, "91110101MA01C5XK3A", "示范市东城区好味餐饮有限公司"),
        ReceivedAt = accepted.AtStartOfDayInZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant(),
        Materials = [],
        AcceptedOn = accepted,
        Decision = decided is { } day ? new CaseDecision(true, day, []) : null,
    };
}
