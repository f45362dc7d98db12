using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovWorkflow.Runtime.TestHost;

/// <summary>
/// Sends this process SIGKILL just before its Nth database command or commit: a crash at a random statement
/// boundary — between a read and a write, between two writes of one command (a timer's claim and its step), or just
/// before the commit. A step's writes are one command (one batch of statements), so the kill lands before or after all of them.
/// </summary>
/// <remarks>
/// Counting statements rather than waiting a time makes the moment random whatever the machine's speed.
/// </remarks>
internal sealed class SigkillAfterCommands(int killAt) : DbCommandInterceptor, IDbTransactionInterceptor
{
    private int seen;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        Count();
        return result;
    }

    private void Count()
    {
        if (killAt > 0 && Interlocked.Increment(ref seen) == killAt)
        {
            // SIGKILL on Linux: no finalizers, no flush, no disposal — as a power cut or OOM kill.
            Process.GetCurrentProcess().Kill();
        }
    }
}
