using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>Puts every SQLite connection in WAL mode with <c>synchronous=FULL</c> as soon as it opens.</summary>
/// <remarks>
/// WAL lets readers (inboxes) run while a step commits; <c>synchronous=FULL</c> makes a commit that returned
/// survive a power cut, which WAL's default <c>NORMAL</c> does not promise. The journal mode is stored in the
/// file, <c>synchronous</c> belongs to the native connection and lasts as long as it does. A pooled connection
/// keeps its native connection between opens, so the pragmas run once per native connection, not on every open
/// (EF Core opens the connection for each command).
/// </remarks>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";

    /// <summary>Native connections already set up; an entry goes when its connection is collected.</summary>
    private readonly ConditionalWeakTable<object, object> configured = [];

    private SqliteDurabilityInterceptor()
    {
    }

    /// <summary>The one instance.</summary>
    public static SqliteDurabilityInterceptor Instance { get; } = new();

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            MarkDone(connection);
        }
    }

    /// <inheritdoc />
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (IsNew(connection))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = Pragmas;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            MarkDone(connection);
        }
    }

    /// <summary>Whether the native connection behind <paramref name="connection"/> has not been set up yet.</summary>
    /// <remarks>A native connection serves one open connection at a time, so checking, then marking after the pragmas ran, races with nobody.</remarks>
    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !configured.TryGetValue(handle, out _);

    private void MarkDone(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            configured.AddOrUpdate(handle, configured);
        }
    }
}
