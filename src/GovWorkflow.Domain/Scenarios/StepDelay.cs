namespace GovWorkflow.Domain.Scenarios;

/// <summary>Working days between one step and the previous: fixed, or drawn from a triangular distribution for simulation.</summary>
/// <param name="Min">Fewest working days.</param>
/// <param name="Mode">Most likely.</param>
/// <param name="Max">Most.</param>
public sealed record StepDelay(int Min, int Mode, int Max)
{
    /// <summary>A fixed delay.</summary>
    public static StepDelay Fixed(int workingDays) => new(workingDays, workingDays, workingDays);

    /// <summary>The delay a run uses: the mode when not randomised, else a whole number of working days from a discrete triangular distribution.</summary>
    /// <remarks>
    /// Each day's weight falls linearly from 1 at the mode to 1/(n+1) at the end n days away, so the mode is always the
    /// most likely day. Flooring a continuous triangular draw does not guarantee that: with the mode at or near an end,
    /// the day next to it gets more of the area than the mode itself.
    /// </remarks>
    public int Sample(Random? random)
    {
        if (random is null || Min == Max)
        {
            return Mode;
        }

        var total = 0.0;
        for (var day = Min; day <= Max; day++)
        {
            total += Weight(day);
        }

        var u = random.NextDouble() * total;
        for (var day = Min; day < Max; day++)
        {
            u -= Weight(day);
            if (u < 0)
            {
                return day;
            }
        }

        return Max;
    }

    private double Weight(int day) => day <= Mode
        ? (day - Min + 1.0) / (Mode - Min + 1.0)
        : (Max - day + 1.0) / (Max - Mode + 1.0);
}
