using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Deadlines;

/// <summary>When a running clock turns blue and yellow: fractions of the limit already used.</summary>
/// <remarks>
/// Fractions rather than fixed day counts so that one setting fits a 3-day and a 45-day item alike.
/// Red is not a threshold: it is the law (the due instant has passed). Defaults live in
/// <see cref="DeadlineOptions.Warnings"/>; an item or a node may carry its own.
/// </remarks>
/// <param name="Blue">Elapsed fraction from which the level is blue; default 0.5, range (0, 1).</param>
/// <param name="Yellow">Elapsed fraction from which the level is yellow; default 0.8, range (Blue, 1).</param>
public sealed record WarningThresholds(double Blue, double Yellow)
{
    /// <summary>Blue at half the limit used, yellow at four fifths.</summary>
    public static WarningThresholds Default { get; } = new(0.5, 0.8);

    /// <summary>Returns every problem with the thresholds; empty when they are valid.</summary>
    /// <param name="location">Where the thresholds were read from, used in the errors.</param>
    public IReadOnlyList<DomainError> Validate(SourceLocation? location = null)
    {
        var errors = new List<DomainError>();
        if (!(Blue > 0 && Blue < 1))
        {
            errors.Add(new DomainError(
                "deadline.warning-threshold-range",
                $"蓝色预警阈值 {Blue} 无效：应为 0 与 1 之间（不含）的已用时限比例，例如 0.5。",
                $"Blue warning threshold {Blue} is invalid: use a fraction of the limit strictly between 0 and 1, e.g. 0.5.",
                location is null ? new SourceLocation(Field: "blue") : location with { Field = location.Field ?? "blue" }));
        }

        if (!(Yellow > 0 && Yellow < 1) || !(Yellow > Blue))
        {
            errors.Add(new DomainError(
                "deadline.warning-threshold-range",
                $"黄色预警阈值 {Yellow} 无效：应大于蓝色预警阈值 {Blue} 且小于 1，例如 0.8。",
                $"Yellow warning threshold {Yellow} is invalid: it must be greater than the blue threshold {Blue} and less than 1, e.g. 0.8.",
                location is null ? new SourceLocation(Field: "yellow") : location with { Field = location.Field ?? "yellow" }));
        }

        return errors;
    }
}
