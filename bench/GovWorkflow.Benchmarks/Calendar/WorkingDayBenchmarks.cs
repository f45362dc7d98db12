using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GovWorkflow.Domain.Calendar;
using NodaTime;

namespace GovWorkflow.Benchmarks.Calendar;

/// <summary>Indexed working-day arithmetic against a day-by-day loop, on the same start dates in the same run.</summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class WorkingDayBenchmarks
{
    private const int Starts = 256;
    private readonly LocalDate[] starts = new LocalDate[Starts];
    private BusinessCalendar calendar = null!;
    private DayByDayCalendar loop = null!;

    [GlobalSetup]
    public void Setup()
    {
        calendar = HolidayCalendarLoader.LoadBuiltIn();
        loop = new DayByDayCalendar(calendar);
        var random = new Random(20261122);
        for (var i = 0; i < Starts; i++)
        {
            // Start dates over 2024-2025 so that every result stays inside the loaded years.
            starts[i] = new LocalDate(2024, 1, 1).PlusDays(random.Next(0, 700));
        }
    }

    [Benchmark(OperationsPerInvoke = Starts)]
    [BenchmarkCategory("Add20")]
    public LocalDate Add20_Indexed()
    {
        var last = default(LocalDate);
        var twenty = new WorkingDays(20);
        foreach (var start in starts)
        {
            last = calendar.AddWorkingDays(start, twenty);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Starts, Baseline = true)]
    [BenchmarkCategory("Add20")]
    public LocalDate Add20_DayByDay()
    {
        var last = default(LocalDate);
        foreach (var start in starts)
        {
            last = loop.AddWorkingDays(start, 20);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Starts)]
    [BenchmarkCategory("Count365")]
    public int Count365_Indexed()
    {
        var total = 0;
        foreach (var start in starts)
        {
            total += calendar.CountWorkingDays(start, start.PlusDays(364)).Value;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Starts, Baseline = true)]
    [BenchmarkCategory("Count365")]
    public int Count365_DayByDay()
    {
        var total = 0;
        foreach (var start in starts)
        {
            total += loop.CountWorkingDays(start, start.PlusDays(364));
        }

        return total;
    }
}
