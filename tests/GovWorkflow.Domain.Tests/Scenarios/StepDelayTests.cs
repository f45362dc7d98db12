using GovWorkflow.Domain.Scenarios;

namespace GovWorkflow.Domain.Tests.Scenarios;

public sealed class StepDelayTests
{
    private const int Draws = 20_000;

    private static Dictionary<int, int> Histogram(StepDelay delay, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, Draws).Select(_ => delay.Sample(random)).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
    }

    [Fact]
    public void Sample_FixedDelay_IsAlwaysItsDays()
    {
        var random = new Random(7);

        Assert.Equal(3, StepDelay.Fixed(3).Sample(null));
        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(3, StepDelay.Fixed(3).Sample(random)));
    }

    [Fact]
    public void Sample_WithoutRandom_IsTheMode()
    {
        Assert.Equal(2, new StepDelay(1, 2, 4).Sample(null));
        Assert.Equal(0, new StepDelay(0, 0, 5).Sample(null));
    }

    [Theory]
    [InlineData(1, 2, 4)]
    [InlineData(0, 1, 3)]
    [InlineData(0, 0, 1)]
    [InlineData(0, 0, 5)]
    [InlineData(2, 5, 5)]
    [InlineData(0, 2, 6)]
    [InlineData(0, 19, 20)]
    [InlineData(3, 3, 4)]
    public void Sample_ManyDraws_StayInRangeReachEveryDayAndTheModeIsTheMostFrequent(int min, int mode, int max)
    {
        var histogram = Histogram(new StepDelay(min, mode, max), seed: (min * 31) + (mode * 7) + max);

        Assert.All(histogram.Keys, day => Assert.InRange(day, min, max));
        Assert.Equal(max - min + 1, histogram.Count);
        var mostFrequent = histogram.MaxBy(p => p.Value).Key;
        Assert.True(mostFrequent == mode, $"most frequent {mostFrequent}, mode {mode}: " + string.Join(", ", histogram.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}")));
    }

    [Fact]
    public void Sample_SymmetricDistribution_HasItsModeAsTheMean()
    {
        var random = new Random(11);

        var mean = Enumerable.Range(0, Draws).Average(_ => new StepDelay(1, 3, 5).Sample(random));

        Assert.InRange(mean, 2.9, 3.1);
    }

    [Fact]
    public void Sample_SameSeed_GivesTheSameDraws()
    {
        var delay = new StepDelay(0, 2, 6);
        var first = new Random(42);
        var second = new Random(42);

        Assert.Equal(Enumerable.Range(0, 50).Select(_ => delay.Sample(first)), Enumerable.Range(0, 50).Select(_ => delay.Sample(second)));
    }
}
