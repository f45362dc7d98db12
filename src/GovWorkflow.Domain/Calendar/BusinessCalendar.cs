using System.Collections.Concurrent;
using System.Globalization;
using GovWorkflow.Domain.Errors;
using NodaTime;

namespace GovWorkflow.Domain.Calendar;

/// <summary>Working-day arithmetic over the PRC statutory holidays and make-up working days, zone Asia/Shanghai.</summary>
/// <remarks>
/// Each known year is held as prefix sums of its working days, so every operation costs a few array
/// lookups per calendar year it crosses, never a loop over days. Instances are immutable and thread-safe;
/// build one at start-up with <see cref="HolidayCalendarLoader"/> and share it.
/// A date in a year without holiday data is refused (<c>calendar.year-missing</c>) unless the
/// <see cref="MissingYearPolicy.WeekendsOnly"/> fallback was chosen, in which case the guessed years are
/// listed in <see cref="FallbackYears"/> for callers to report.
/// </remarks>
public sealed class BusinessCalendar
{
    /// <summary>The earliest year the calendar can describe, even by fallback.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year the calendar can describe, even by fallback.</summary>
    public const int MaxYear = 2200;

    // Indexed by year - MinYear: a plain array read is the hot path of every call.
    private readonly YearTable?[] tables;
    private readonly Dictionary<LocalDate, HolidayEntry> entries;
    private readonly ConcurrentDictionary<int, YearTable> fallbackTables = new();
    private readonly MissingYearPolicy missingYearPolicy;

    private BusinessCalendar(Dictionary<int, YearTable> tables, Dictionary<LocalDate, HolidayEntry> entries, IReadOnlyList<HolidayYear> sources, MissingYearPolicy missingYearPolicy)
    {
        this.tables = new YearTable?[MaxYear - MinYear + 1];
        foreach (var (year, table) in tables)
        {
            this.tables[year - MinYear] = table;
        }

        this.entries = entries;
        this.missingYearPolicy = missingYearPolicy;
        Sources = sources;
        KnownYears = [.. tables.Keys.Order()];
    }

    /// <summary>The zone in which dates and office hours are reckoned: Asia/Shanghai.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Years with holiday data, ascending.</summary>
    public IReadOnlyList<int> KnownYears { get; }

    /// <summary>The holiday files the calendar was built from, in year order.</summary>
    public IReadOnlyList<HolidayYear> Sources { get; }

    /// <summary>Years for which the weekends-only fallback has been used so far, ascending.</summary>
    public IReadOnlyList<int> FallbackYears => [.. fallbackTables.Keys.Order()];

    /// <summary>Builds a calendar from holiday years, or returns the conflicts between them.</summary>
    /// <remarks>
    /// Two files may both list a December date (a year's own file and the next year's spill-over); that is
    /// accepted when they agree and refused when they do not. Two files for one year are refused.
    /// </remarks>
    public static BusinessCalendarResult Create(IEnumerable<HolidayYear> years, MissingYearPolicy missingYearPolicy = MissingYearPolicy.Refuse)
    {
        ArgumentNullException.ThrowIfNull(years);
        var errors = new List<DomainError>();
        var byYear = new Dictionary<int, HolidayYear>();
        var allEntries = new Dictionary<LocalDate, HolidayEntry>();
        var entrySource = new Dictionary<LocalDate, string>();
        foreach (var year in years.OrderBy(y => y.Year))
        {
            if (!byYear.TryAdd(year.Year, year))
            {
                errors.Add(new DomainError(
                    "calendar.duplicate-year",
                    $"{year.Year} 年有两份节假日文件：{byYear[year.Year].Source} 与 {year.Source}。请只保留一份。",
                    $"Two holiday files for {year.Year}: {byYear[year.Year].Source} and {year.Source}.",
                    new SourceLocation(year.Source, Field: "year")));
                continue;
            }

            foreach (var entry in year.Entries)
            {
                if (allEntries.TryGetValue(entry.Date, out var existing))
                {
                    if (existing.IsOffDay != entry.IsOffDay)
                    {
                        var date = entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                        errors.Add(new DomainError(
                            "calendar.conflicting-date",
                            $"{date} 在 {entrySource[entry.Date]} 与 {year.Source} 中的安排不一致（一处放假、一处上班）：请按放假通知更正其中一份。",
                            $"{date} is a day off in one file and a working day in the other ({entrySource[entry.Date]}, {year.Source}).",
                            new SourceLocation(year.Source, Field: "date")));
                    }

                    continue;
                }

                allEntries.Add(entry.Date, entry);
                entrySource.Add(entry.Date, year.Source);
            }
        }

        if (errors.Count > 0)
        {
            return new BusinessCalendarResult(null, errors);
        }

        var yearTables = byYear.Keys.ToDictionary(y => y, y => new YearTable(y, isFallback: false, allEntries));
        var sources = byYear.Values.OrderBy(y => y.Year).ToList();
        return new BusinessCalendarResult(new BusinessCalendar(yearTables, allEntries, sources, missingYearPolicy), []);
    }

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    public bool IsWorkingDay(LocalDate date) => Table(date.Year).IsWorking(YearTable.IndexOf(date));

    /// <summary>Describes <paramref name="date"/>: working or not, and why.</summary>
    public CalendarDay Describe(LocalDate date)
    {
        var table = Table(date.Year);
        if (entries.TryGetValue(date, out var entry))
        {
            return new CalendarDay(date, entry.IsOffDay ? DayKind.StatutoryHoliday : DayKind.MakeUpWorkingDay, entry.Name, table.IsFallback);
        }

        var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        return new CalendarDay(date, weekend ? DayKind.Weekend : DayKind.Weekday, null, table.IsFallback);
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, new WorkingDays(1));

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, new WorkingDays(-1));

    /// <summary>The date on which <paramref name="days"/> working days after <paramref name="date"/> have been counted.</summary>
    /// <remarks>
    /// <paramref name="date"/> itself is not counted, as 行政许可法 Art. 82 and the rule that the day of
    /// acceptance is not counted require: adding 1 to a Friday gives the next working Monday. Adding 0 gives
    /// <paramref name="date"/> when it is a working day and the next working day otherwise; a negative count
    /// goes back to the n-th working day before <paramref name="date"/>.
    /// </remarks>
    public LocalDate AddWorkingDays(LocalDate date, WorkingDays days)
    {
        var table = Table(date.Year);
        var index = YearTable.IndexOf(date);
        var n = (long)days.Value;
        if (n == 0)
        {
            return table.IsWorking(index) ? date : AddWorkingDays(date, new WorkingDays(1));
        }

        if (n > 0)
        {
            var ordinal = table.WorkingBefore(index + 1) + n - 1;
            while (ordinal >= table.WorkingDayCount)
            {
                ordinal -= table.WorkingDayCount;
                table = Table(table.Year + 1);
            }

            return table.WorkingDayAt((int)ordinal);
        }

        var back = table.WorkingBefore(index) + n;
        while (back < 0)
        {
            table = Table(table.Year - 1);
            back += table.WorkingDayCount;
        }

        return table.WorkingDayAt((int)back);
    }

    /// <summary>Working days from <paramref name="from"/> to <paramref name="to"/>, both included; zero when <paramref name="from"/> is after <paramref name="to"/>.</summary>
    public WorkingDays CountWorkingDays(LocalDate from, LocalDate to)
    {
        if (from > to)
        {
            return WorkingDays.Zero;
        }

        var first = Table(from.Year);
        var last = from.Year == to.Year ? first : Table(to.Year);
        if (from.Year == to.Year)
        {
            return new WorkingDays(first.WorkingBefore(YearTable.IndexOf(to) + 1) - first.WorkingBefore(YearTable.IndexOf(from)));
        }

        var count = first.WorkingDayCount - first.WorkingBefore(YearTable.IndexOf(from));
        for (var year = from.Year + 1; year < to.Year; year++)
        {
            count += Table(year).WorkingDayCount;
        }

        count += last.WorkingBefore(YearTable.IndexOf(to) + 1);
        return new WorkingDays(count);
    }

    /// <summary>Working days in a whole year.</summary>
    public WorkingDays WorkingDaysInYear(int year) => new(Table(year).WorkingDayCount);

    private YearTable Table(int year)
    {
        if (year is >= MinYear and <= MaxYear && tables[year - MinYear] is { } table)
        {
            return table;
        }

        if (year is < MinYear or > MaxYear)
        {
            throw new DomainException(new DomainError(
                "calendar.year-out-of-range",
                $"{year} 年超出工作日历可计算的范围（{MinYear}–{MaxYear} 年）：请检查输入的日期。",
                $"Year {year} is outside the range the calendar can describe ({MinYear}-{MaxYear}).",
                new SourceLocation(Field: "date")));
        }

        if (missingYearPolicy == MissingYearPolicy.WeekendsOnly)
        {
            return fallbackTables.GetOrAdd(year, y => new YearTable(y, isFallback: true, entries));
        }

        var known = KnownYears.Count == 0 ? "无" : string.Join("、", KnownYears);
        throw new DomainException(new DomainError(
            "calendar.year-missing",
            $"缺少 {year} 年的节假日数据（已载入：{known}）。请将国务院办公厅公布的 {year} 年放假安排按 holiday-cn 格式保存为 {year}.json，放入节假日数据目录或用 --holidays 指定的目录；或明确配置仅按周末推算（WeekendsOnly）。",
            $"No holiday data for {year} (loaded: {string.Join(", ", KnownYears)}). Add {year}.json in the holiday-cn format to the holiday folder, or configure the WeekendsOnly fallback explicitly.",
            new SourceLocation(Field: "date")));
    }
}
