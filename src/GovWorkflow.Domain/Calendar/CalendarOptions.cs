using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Calendar;

/// <summary>Settings of the business calendar.</summary>
public sealed class CalendarOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Calendar";

    /// <summary>
    /// Folders searched for further holiday files (<c>YYYY.json</c>, holiday-cn format), after the years built
    /// into the product. Default: empty. A file for a built-in year replaces the built-in one, so a corrected
    /// notice can be applied without a release.
    /// </summary>
    public IList<string> HolidayDirectories { get; } = new List<string>();

    /// <summary>What to do with a date in a year without data. Default: <see cref="MissingYearPolicy.Refuse"/>.</summary>
    public MissingYearPolicy MissingYearPolicy { get; set; } = MissingYearPolicy.Refuse;

    /// <summary>Returns every problem with the settings; empty when valid.</summary>
    public IReadOnlyList<DomainError> Validate()
    {
        var errors = new List<DomainError>();
        if (!Enum.IsDefined(MissingYearPolicy))
        {
            errors.Add(new DomainError(
                "calendar.option-invalid",
                $"配置项 {SectionName}:{nameof(MissingYearPolicy)} 的值 {MissingYearPolicy} 无效：可选 Refuse（拒绝，默认）或 WeekendsOnly（仅按周末推算并报告）。",
                $"{SectionName}:{nameof(MissingYearPolicy)} value {MissingYearPolicy} is invalid: use Refuse (default) or WeekendsOnly.",
                new SourceLocation(Field: $"{SectionName}:{nameof(MissingYearPolicy)}")));
        }

        for (var i = 0; i < HolidayDirectories.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(HolidayDirectories[i]))
            {
                errors.Add(new DomainError(
                    "calendar.option-invalid",
                    $"配置项 {SectionName}:{nameof(HolidayDirectories)} 第 {i + 1} 项为空：请填写节假日数据目录路径或删除该项。",
                    $"{SectionName}:{nameof(HolidayDirectories)} entry {i + 1} is empty: give a folder path or remove it.",
                    new SourceLocation(Field: $"{SectionName}:{nameof(HolidayDirectories)}", EntryIndex: i)));
            }
        }

        return errors;
    }
}
