using GovWorkflow.Domain.Errors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>Connects <see cref="RuntimeDbContext"/> to the configured database and brings its schema up to date.</summary>
public static class RuntimeDatabase
{
    /// <summary>Seconds a command waits for a locked SQLite database before it fails (<c>Default Timeout</c>).</summary>
    internal const int SqliteBusyTimeoutSeconds = 30;

    /// <summary>The context options for <paramref name="options"/>.</summary>
    /// <remarks>
    /// SQLite: when no connection string is given, the folder <see cref="DatabaseOptions.DataFolder"/> is created
    /// here and the file is created on the first open. The connection uses a private cache (shared cache is a
    /// legacy mode that fails with <c>SQLITE_LOCKED</c> instead of waiting, and WAL makes it unnecessary), pooling,
    /// a 30-second busy timeout, and WAL with <c>synchronous=FULL</c> (see <see cref="SqliteDurabilityInterceptor"/>).
    /// </remarks>
    /// <exception cref="DomainException">The options are not valid (<see cref="DatabaseOptions.Validate"/>).</exception>
    public static DbContextOptions<RuntimeDbContext> Build(DatabaseOptions options) => Build(options, []);

    /// <summary>As <see cref="Build(DatabaseOptions)"/>, with EF Core interceptors added (diagnostics, fault injection in tests).</summary>
    public static DbContextOptions<RuntimeDbContext> Build(DatabaseOptions options, IReadOnlyList<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> interceptors) =>
        BuildFor<RuntimeDbContext>(options, interceptors, historyTable: null);

    /// <summary>
    /// Options for another context on the same database (the case records of GovWorkflow.Activities): the same file
    /// or server, durability and time-outs, with its own migrations history table.
    /// </summary>
    public static DbContextOptions<TContext> BuildFor<TContext>(DatabaseOptions options, IReadOnlyList<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> interceptors, string? historyTable)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(interceptors);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new DomainException(problems);
        }

        var builder = new DbContextOptionsBuilder<TContext>();
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(SqliteConnectionString(options), o =>
                    {
                        if (historyTable is not null)
                        {
                            o.MigrationsHistoryTable(historyTable);
                        }
                    })
                    .AddInterceptors(SqliteDurabilityInterceptor.Instance);
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(options.ConnectionString, o =>
                {
                    if (historyTable is not null)
                    {
                        o.MigrationsHistoryTable(historyTable);
                    }
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown provider.");
        }

        if (interceptors.Count > 0)
        {
            builder.AddInterceptors(interceptors);
        }

        return builder.Options;
    }

    /// <summary>Applies this build's pending migrations, after checking that the database is not newer than the build.</summary>
    /// <remarks>
    /// A newer build migrates an older database. An older build facing a database migrated by a newer one refuses
    /// before it changes anything: the newer schema may hold data this build would misread or overwrite.
    /// </remarks>
    /// <exception cref="RuntimeSchemaException">The database has migrations this build does not know.</exception>
    public static async Task MigrateAsync(DbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var known = context.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var applied = await context.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false);
        var unknown = applied.Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new RuntimeSchemaException(unknown);
        }

        if (context.Database.IsSqlite())
        {
            // EF Core's SQLite migration lock is a row that a process killed mid-migration never deletes, and the next
            // start would wait for it forever. SQLite runs one node, so a lock row at start is always stale.
            var locks = await context.Database
                .SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
                .SingleAsync(cancellationToken).ConfigureAwait(false);
            if (locks > 0)
            {
                await context.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken).ConfigureAwait(false);
            }
        }

        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The SQLite connection string: the one configured, or the default file in the data folder.</summary>
    internal static string SqliteConnectionString(DatabaseOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        var folder = Path.GetFullPath(options.DataFolder);
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, DatabaseOptions.SqliteFileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = SqliteBusyTimeoutSeconds,
        }.ToString();
    }
}
