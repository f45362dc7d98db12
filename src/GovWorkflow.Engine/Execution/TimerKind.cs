namespace GovWorkflow.Engine.Execution;

/// <summary>How a timer's due instant is found.</summary>
public enum TimerKind
{
    /// <summary>An ISO 8601 duration from the moment the timer starts (<c>PT4H</c>, <c>P3D</c>).</summary>
    Duration,

    /// <summary>An ISO 8601 instant with offset (<c>2026-03-02T09:00:00+08:00</c>).</summary>
    Date,

    /// <summary>An ISO 8601 repeating interval (<c>R3/PT10M</c>, <c>R/P1D</c>): reminders.</summary>
    Cycle,

    /// <summary>A number of working days on the business calendar (<c>gov:workingDays</c>).</summary>
    WorkingDays,
}
