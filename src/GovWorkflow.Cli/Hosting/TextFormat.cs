using System.Globalization;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Deadlines;
using NodaTime;

namespace GovWorkflow.Cli.Hosting;

/// <summary>How govwf writes dates, days and levels for people.</summary>
internal static class TextFormat
{
    public static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateWithWeekday(LocalDate date) => $"{Iso(date)}（{Weekday(date.DayOfWeek)}）";

    public static string Weekday(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "星期一",
        IsoDayOfWeek.Tuesday => "星期二",
        IsoDayOfWeek.Wednesday => "星期三",
        IsoDayOfWeek.Thursday => "星期四",
        IsoDayOfWeek.Friday => "星期五",
        IsoDayOfWeek.Saturday => "星期六",
        _ => "星期日",
    };

    public static string Instant(Instant instant) =>
        instant.InZone(BusinessCalendar.Zone).LocalDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " 北京时间";

    public static string Days(WorkingDays days) => days.Value.ToString(CultureInfo.InvariantCulture) + " 个工作日";

    public static string Percent(double fraction) => Math.Round(fraction * 100).ToString(CultureInfo.InvariantCulture) + "%";

    public static string Level(WarningLevel level) => level switch
    {
        WarningLevel.Normal => "正常",
        WarningLevel.Blue => "蓝色预警",
        WarningLevel.Yellow => "黄色预警",
        _ => "红色预警（已超期）",
    };

    public static string Day(CalendarDay day)
    {
        var what = day.Kind switch
        {
            DayKind.Weekday => "工作日",
            DayKind.MakeUpWorkingDay => $"工作日（{day.HolidayName}调休上班）",
            DayKind.StatutoryHoliday => $"休息日（{day.HolidayName}放假）",
            _ => "休息日（周末）",
        };
        return $"{DateWithWeekday(day.Date)} {what}";
    }
}
