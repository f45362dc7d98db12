using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>Counts the SQL commands the runtime sends (round trips) and the time spent executing them, to see where a completion's time goes.</summary>
internal sealed class CommandCounter : DbCommandInterceptor
{
    private long count;
    private long ticks;

    public long Count => Interlocked.Read(ref count);

    /// <summary>Time inside command execution (readers until the reader is returned, not while EF reads rows), in <see cref="TimeSpan"/> ticks.</summary>
    public long Ticks => Interlocked.Read(ref ticks);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Interlocked.Add(ref ticks, eventData.Duration.Ticks);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Interlocked.Add(ref ticks, eventData.Duration.Ticks);
        return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Trace(command);
        Interlocked.Increment(ref count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Trace(command);
        Interlocked.Increment(ref count);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <summary>With <c>GOVWF_BENCH_SQL=1</c>, prints every command (to see what one completion sends).</summary>
    private static void Trace(DbCommand command)
    {
        if (Environment.GetEnvironmentVariable("GOVWF_BENCH_SQL") == "1")
        {
            Console.WriteLine("SQL> " + command.CommandText.ReplaceLineEndings(" "));
        }
    }
}
