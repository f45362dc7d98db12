using GovWorkflow.Domain.Cases;

namespace GovWorkflow.Domain.Tests.Cases;

public sealed class RatingScaleTests
{
    [Theory]
    [InlineData(1, Rating.VeryDissatisfied, "非常不满意", true)]
    [InlineData(2, Rating.Dissatisfied, "不满意", true)]
    [InlineData(3, Rating.Neutral, "基本满意", false)]
    [InlineData(4, Rating.Satisfied, "满意", false)]
    [InlineData(5, Rating.VerySatisfied, "非常满意", false)]
    public void TryFromScore_OneToFive_ReadsTheLevelItsNameAndWhetherItIsPoor(long score, Rating expected, string name, bool poor)
    {
        Assert.True(RatingScale.TryFromScore(score, out var rating, out var error));

        Assert.Null(error);
        Assert.Equal(expected, rating);
        Assert.Equal(name, RatingScale.ChineseName(rating));
        Assert.Equal(poor, RatingScale.IsPoor(rating));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(long.MaxValue)]
    public void TryFromScore_OutsideOneToFive_IsRefusedAtTheRatingField(long score)
    {
        Assert.False(RatingScale.TryFromScore(score, out _, out var error));

        Assert.Equal("case.rating-out-of-range", error.Code);
        Assert.Equal("rating", error.Location!.Field);
    }

    [Fact]
    public void ChineseName_UndefinedRating_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RatingScale.ChineseName((Rating)9));
    }

    [Fact]
    public void DefaultFollowUpPeriod_IsFiveWorkingDays()
    {
        Assert.Equal(5, RatingScale.DefaultFollowUpPeriod.Value);
    }
}
