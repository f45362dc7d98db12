namespace GovWorkflow.Engine.Model;

/// <summary>A <c>timerEventDefinition</c>, with its expressions kept as written.</summary>
/// <remarks>
/// The texts are raw (ISO 8601 or <c>=FEEL</c>); the validator checks their syntax and the runtime evaluates them.
/// <see cref="WorkingDays"/> is the <c>gov:workingDays</c> attribute, resolved by the business calendar.
/// </remarks>
public sealed class TimerEventDefinition : EventDefinition
{
    internal TimerEventDefinition(ElementHeader header, string? timeDuration, string? timeDate, string? timeCycle, string? workingDays)
        : base(header)
    {
        TimeDuration = timeDuration;
        TimeDate = timeDate;
        TimeCycle = timeCycle;
        WorkingDays = workingDays;
    }

    /// <summary>The trimmed <c>timeDuration</c> text (e.g. <c>P3D</c>), or null.</summary>
    public string? TimeDuration { get; }

    /// <summary>The trimmed <c>timeDate</c> text (e.g. <c>2026-03-02T09:00:00+08:00</c>), or null.</summary>
    public string? TimeDate { get; }

    /// <summary>The trimmed <c>timeCycle</c> text (e.g. <c>R3/PT10M</c>), or null.</summary>
    public string? TimeCycle { get; }

    /// <summary>The <c>gov:workingDays</c> attribute (a non-negative integer or <c>=FEEL</c>), or null.</summary>
    public string? WorkingDays { get; }
}
