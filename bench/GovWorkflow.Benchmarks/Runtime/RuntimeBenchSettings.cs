using GovWorkflow.Runtime.Persistence;

namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>What a <c>runtime</c> run measures and how big; <see cref="Parse"/> reads the command line.</summary>
internal sealed record RuntimeBenchSettings(
    IReadOnlyList<DatabaseProvider> Providers,
    bool Quick,
    IReadOnlySet<string> Parts,
    string? PostgresServer)
{
    public static readonly string[] AllParts = ["throughput", "inbox", "timers"];

    public int Instances => Quick ? 100 : 500;

    public int WarmUpInstances => Quick ? 10 : 30;

    public int Repetitions => 3;

    public int InboxTasks => Quick ? 100_000 : 1_000_000;

    public int InboxOpenTasks => InboxTasks / 10;

    public int InboxQueries => Quick ? 300 : 1_000;

    public int Timers => Quick ? 10_000 : 100_000;

    /// <summary>Reads <c>[--provider sqlite|postgres|both] [--quick] [--only throughput,inbox,timers]</c>; null with a message when wrong.</summary>
    public static (RuntimeBenchSettings? Settings, string? Error) Parse(IReadOnlyList<string> args)
    {
        var provider = "both";
        var quick = false;
        var parts = new HashSet<string>(AllParts, StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--provider" when i + 1 < args.Count:
                    provider = args[++i];
                    break;
                case "--only" when i + 1 < args.Count:
                    parts = [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                    if (parts.Except(AllParts, StringComparer.Ordinal).Any())
                    {
                        return (null, "--only takes throughput, inbox, timers (comma-separated).");
                    }

                    break;
                default:
                    return (null, $"Unknown argument '{args[i]}'.");
            }
        }

        DatabaseProvider[]? providers = provider switch
        {
            "sqlite" => [DatabaseProvider.Sqlite],
            "postgres" => [DatabaseProvider.Postgres],
            "both" => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres],
            _ => null,
        };
        if (providers is null)
        {
            return (null, "--provider takes sqlite, postgres or both.");
        }

        string? server = Environment.GetEnvironmentVariable("GOVWF_TEST_POSTGRES");
        const string ConnectionFile = "/tmp/govwf-pg/connection";
        if (string.IsNullOrWhiteSpace(server) && File.Exists(ConnectionFile))
        {
            server = File.ReadAllText(ConnectionFile).Trim();
        }

        if (providers.Contains(DatabaseProvider.Postgres) && string.IsNullOrWhiteSpace(server))
        {
            return (null, "PostgreSQL: run `bash eng/postgres.sh start` first (or set GOVWF_TEST_POSTGRES).");
        }

        return (new RuntimeBenchSettings(providers, quick, parts, server), null);
    }
}
