using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>Puts every SQLite connection in WAL mode with <c>synchronous=FULL</c> as soon as it opens.</summary>
/// <remarks>
/// WAL lets readers (inboxes) run while a step commits; <c>synchronous=FULL</c> makes a commit that returned
/// survive a power cut, which WAL's default <c>NORMAL</c> does not promise. The journal mode is stored in the
/// file, <c>synchronous</c> is per connection, so both are set on every open (pooled connections included);
/// when the file is already in WAL mode the first pragma changes nothing.
/// </remarks>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";

    private SqliteDurabilityInterceptor()
    {
    }

    /// <summary>The one instance; it has no state.</summary>
    public static SqliteDurabilityInterceptor Instance { get; } = new();

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
