using NodaTime;

namespace GovWorkflow.Engine.Execution;

/// <summary>How the interpreter resolves time and what it records.</summary>
public sealed class EngineOptions
{
    /// <summary>The zone in which durations with days are added and FEEL's <c>now()</c> and <c>today()</c> are read. Default UTC; hosts for China set Asia/Shanghai.</summary>
    public DateTimeZone Zone { get; init; } = DateTimeZone.Utc;

    /// <summary>Resolves working-day timers; null refuses them with <c>engine.no-calendar</c>.</summary>
    public IWorkingDayCalendar? Calendar { get; init; }

    /// <summary>Record a <see cref="TraceEntry"/> per activated, completed and terminated element (off by default: it allocates).</summary>
    public bool RecordTrace { get; init; }
}
