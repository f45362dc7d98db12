using System.Globalization;
using GovWorkflow.Runtime.Persistence;

namespace GovWorkflow.Benchmarks.Server;

/// <summary>What a <c>server</c> run measures: how long, with how many approvers, on which database; <see cref="Parse"/> reads the command line.</summary>
/// <param name="Seconds">The measured window.</param>
/// <param name="Approvers">Concurrent approvers.</param>
/// <param name="Provider">The server's database.</param>
/// <param name="PostgresServer">PostgreSQL only: the server on which a scratch database is created (and dropped at the end).</param>
internal sealed record ServerBenchSettings(int Seconds, int Approvers, DatabaseProvider Provider, string? PostgresServer)
{
    /// <summary>Where <c>bash eng/postgres.sh start</c> writes the connection string by default.</summary>
    public const string ConnectionFile = "/tmp/govwf-pg/connection";

    /// <summary>
    /// Cases received before the measured window starts: three review tasks each, enough for 1.5 completions per
    /// second per approver over the window (about twice what a 2-core machine achieves), so the queues never run dry
    /// and the conflict rate is not inflated by a nearly empty queue at the end.
    /// </summary>
    public int InitialCases => Math.Max(Approvers * 10, Seconds * Approvers / 2);

    /// <summary>Open review tasks the clerks keep the queues above while the approvers work.</summary>
    public int Backlog => Approvers * 40;

    /// <summary>Window clerks receiving cases, before and during the window.</summary>
    public int Clerks => 4;

    /// <summary>The database's name in the report.</summary>
    public string DatabaseName => Provider == DatabaseProvider.Postgres ? "PostgreSQL" : "SQLite";

    /// <summary>Reads <c>[--seconds 120] [--approvers 50] [--provider sqlite|postgres] [--postgres CONNECTION]</c>; null with a message when wrong.</summary>
    /// <remarks>PostgreSQL's server: <c>--postgres</c>, else <c>GOVWF_TEST_POSTGRES</c>, else the file <c>eng/postgres.sh</c> writes.</remarks>
    public static (ServerBenchSettings? Settings, string? Error) Parse(IReadOnlyList<string> args)
    {
        var seconds = 120;
        var approvers = 50;
        var provider = DatabaseProvider.Sqlite;
        string? server = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--seconds" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is >= 5 and <= 3600:
                    seconds = s;
                    i++;
                    break;
                case "--approvers" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var a) && a is >= 2 and <= 500:
                    approvers = a;
                    i++;
                    break;
                case "--provider" when i + 1 < args.Count && args[i + 1] is "sqlite" or "postgres":
                    provider = args[++i] == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
                    break;
                case "--postgres" when i + 1 < args.Count:
                    server = args[++i];
                    break;
                default:
                    return (null, $"Unknown or out-of-range argument '{args[i]}' (--seconds 5..3600, --approvers 2..500, --provider sqlite|postgres, --postgres CONNECTION).");
            }
        }

        if (provider == DatabaseProvider.Postgres)
        {
            server ??= Environment.GetEnvironmentVariable("GOVWF_TEST_POSTGRES");
            if (string.IsNullOrWhiteSpace(server) && File.Exists(ConnectionFile))
            {
                server = File.ReadAllText(ConnectionFile).Trim();
            }

            if (string.IsNullOrWhiteSpace(server))
            {
                return (null, "PostgreSQL: run `bash eng/postgres.sh start` first, or pass --postgres CONNECTION or set GOVWF_TEST_POSTGRES.");
            }
        }

        return (new ServerBenchSettings(seconds, approvers, provider, server), null);
    }
}
