namespace GovWorkflow.Domain.Scenarios;

/// <summary>Working days between one step and the previous: fixed, or drawn from a triangular distribution for simulation.</summary>
/// <param name="Min">Fewest working days.</param>
/// <param name="Mode">Most likely.</param>
/// <param name="Max">Most.</param>
public sealed record StepDelay(int Min, int Mode, int Max)
{
    /// <summary>A fixed delay.</summary>
    public static StepDelay Fixed(int workingDays) => new(workingDays, workingDays, workingDays);

    /// <summary>The delay a run uses: the mode when not randomised, else a draw rounded to whole working days.</summary>
    public int Sample(Random? random)
    {
        if (random is null || Min == Max)
        {
            return Mode;
        }

        // Inverse transform of the triangular distribution over [Min, Max + 1), so each whole day gets its share.
        double a = Min, b = Max + 1, c = Mode + 0.5;
        var u = random.NextDouble();
        var cut = (c - a) / (b - a);
        var x = u < cut ? a + Math.Sqrt(u * (b - a) * (c - a)) : b - Math.Sqrt((1 - u) * (b - a) * (b - c));
        return Math.Clamp((int)Math.Floor(x), Min, Max);
    }
}
