using System.Globalization;
using GovWorkflow.Domain.Deadlines;
using NodaTime;

namespace GovWorkflow.Domain.Cases;

/// <summary>The statutory clock of a case at one instant, as the timeline records it.</summary>
/// <param name="State">Not started, running, suspended or stopped.</param>
/// <param name="Used">Counted working days so far.</param>
/// <param name="StatutoryLimit">The statutory limit including an extension.</param>
/// <param name="PromisedLimit">The promised limit including an extension.</param>
/// <param name="PromisedDue">The last day of the promised limit, or null before acceptance.</param>
/// <param name="Level">The warning level.</param>
public sealed record ClockSnapshot(ClockState State, int Used, int StatutoryLimit, int PromisedLimit, LocalDate? PromisedDue, WarningLevel Level)
{
    /// <summary>The clock of a case not accepted yet.</summary>
    public static ClockSnapshot NotStarted { get; } = new(ClockState.NotStarted, 0, 0, 0, null, WarningLevel.Normal);

    /// <summary>A short Chinese line: <c>计时中 已用 3/5 个工作日（法定 20），蓝色预警</c>.</summary>
    public override string ToString()
    {
        if (State == ClockState.NotStarted)
        {
            return "未起算";
        }

        var state = State switch
        {
            ClockState.Running => "计时中",
            ClockState.Suspended => "暂停计时",
            _ => "已停止",
        };
        var level = Level switch
        {
            WarningLevel.Blue => "，蓝色预警",
            WarningLevel.Yellow => "，黄色预警",
            WarningLevel.Red => "，已超期",
            _ => string.Empty,
        };
        return string.Create(CultureInfo.InvariantCulture, $"{state} 已用 {Used}/{PromisedLimit} 个工作日（法定 {StatutoryLimit}）{level}");
    }
}
