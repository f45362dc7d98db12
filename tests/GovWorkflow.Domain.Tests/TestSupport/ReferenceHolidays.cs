using System.Text.Json;
using NodaTime;

namespace GovWorkflow.Domain.Tests.TestSupport;

/// <summary>The reference copies in ../shared/data/holiday-cn, read independently of the product's parser.</summary>
internal static class ReferenceHolidays
{
    private static readonly Lazy<Dictionary<LocalDate, bool>> Entries = new(() =>
    {
        var result = new Dictionary<LocalDate, bool>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.SharedHolidays, "*.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var day in doc.RootElement.GetProperty("days").EnumerateArray())
            {
                result[Dates.D(day.GetProperty("date").GetString()!)] = !day.GetProperty("isOffDay").GetBoolean();
            }
        }

        return result;
    });

    public static bool IsWorkingDay(LocalDate date) =>
        Entries.Value.TryGetValue(date, out var working)
            ? working
            : date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);

    /// <summary>The day-by-day definition of adding working days; the product must agree with it.</summary>
    public static LocalDate AddByLoop(LocalDate date, int n)
    {
        if (n == 0)
        {
            while (!IsWorkingDay(date))
            {
                date = date.PlusDays(1);
            }

            return date;
        }

        var step = n > 0 ? 1 : -1;
        for (var left = Math.Abs(n); left > 0;)
        {
            date = date.PlusDays(step);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    public static int CountByLoop(LocalDate from, LocalDate to)
    {
        var count = 0;
        for (var d = from; d <= to; d = d.PlusDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }
}
