using GovWorkflow.Domain.Errors;
using NodaTime;

namespace GovWorkflow.Domain.Deadlines;

/// <summary>Settings of the statutory clock.</summary>
public sealed class DeadlineOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Deadlines";

    /// <summary>
    /// Default warning thresholds, used when an item or node has none. Default: blue at 0.5 of the limit used,
    /// yellow at 0.8; each strictly between 0 and 1, blue below yellow.
    /// </summary>
    public WarningThresholds Warnings { get; set; } = WarningThresholds.Default;

    /// <summary>
    /// The time of day at which a working day ends for deadlines, in Asia/Shanghai, e.g. 17:30. Default: null,
    /// meaning the end of the calendar day (the due instant is midnight at the start of the next day).
    /// </summary>
    public LocalTime? OfficeHoursEnd { get; set; }

    /// <summary>Returns every problem with the settings; empty when valid.</summary>
    public IReadOnlyList<DomainError> Validate()
    {
        var errors = new List<DomainError>(Warnings?.Validate(new SourceLocation(Field: $"{SectionName}:{nameof(Warnings)}")) ?? []);
        if (Warnings is null)
        {
            errors.Add(new DomainError(
                "deadline.option-invalid",
                $"配置项 {SectionName}:{nameof(Warnings)} 不能为空：请删除该项以使用默认阈值（蓝 0.5、黄 0.8）。",
                $"{SectionName}:{nameof(Warnings)} must not be null; remove it to use the defaults (0.5, 0.8).",
                new SourceLocation(Field: $"{SectionName}:{nameof(Warnings)}")));
        }

        if (OfficeHoursEnd is { } end && end == LocalTime.Midnight)
        {
            errors.Add(new DomainError(
                "deadline.option-invalid",
                $"配置项 {SectionName}:{nameof(OfficeHoursEnd)} 不能为 00:00：留空表示当日结束，或填写下班时间如 17:30。",
                $"{SectionName}:{nameof(OfficeHoursEnd)} cannot be 00:00: leave it empty for the end of the day, or give e.g. 17:30.",
                new SourceLocation(Field: $"{SectionName}:{nameof(OfficeHoursEnd)}")));
        }

        return errors;
    }
}
