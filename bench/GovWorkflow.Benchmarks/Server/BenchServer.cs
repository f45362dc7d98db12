using System.Globalization;
using System.Text;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GovWorkflow.Benchmarks.Server;

/// <summary>
/// The real server, in process: Kestrel on 127.0.0.1 at a free port, SQLite in a temporary folder or a new PostgreSQL
/// database (dropped at the end), and a copy of
/// <c>samples/</c> and <c>workflows/</c> whose <c>people.yaml</c> adds the bench's approvers (two thirds in 东城区市场监督管理局,
/// one third in 东城区城市管理局, as a 开办餐饮店 case has two reviews for the one and one for the other).
/// </summary>
internal sealed class BenchServer : IAsyncDisposable
{
    public const string Password = "Bench@2026";

    /// <summary>What each user changes the demo password to before the load (the password policy's 10 characters, letters and digits).</summary>
    public const string LoadPassword = "LoadRun2026x";

    private readonly WebApplication app;
    private readonly string folder;

    private readonly string? postgresServer;
    private readonly string? postgresDatabase;

    private BenchServer(WebApplication app, string root, string folder, Uri address, IReadOnlyList<string> market, IReadOnlyList<string> city, string? postgresServer, string? postgresDatabase)
    {
        this.postgresServer = postgresServer;
        this.postgresDatabase = postgresDatabase;
        Root = root;
        this.app = app;
        this.folder = folder;
        Address = address;
        MarketApprovers = market;
        CityApprovers = city;
    }

    /// <summary>The repository root.</summary>
    public string Root { get; }

    public Uri Address { get; }

    public IReadOnlyList<string> MarketApprovers { get; }

    public IReadOnlyList<string> CityApprovers { get; }

    public static async Task<BenchServer> StartAsync(ServerBenchSettings settings)
    {
        var approvers = settings.Approvers;
        var root = FindRoot();
        var temp = Path.Combine(Path.GetTempPath(), "govwf-bench-server-" + Guid.NewGuid().ToString("N"));
        CopyFolder(Path.Combine(root, "samples"), Path.Combine(temp, "samples"));
        CopyFolder(Path.Combine(root, "workflows"), Path.Combine(temp, "workflows"));
        var cityCount = approvers / 3;
        var market = Enumerable.Range(1, approvers - cityCount).Select(i => string.Create(CultureInfo.InvariantCulture, $"bench.scjgj.{i:D3}")).ToList();
        var city = Enumerable.Range(1, cityCount).Select(i => string.Create(CultureInfo.InvariantCulture, $"bench.cgj.{i:D3}")).ToList();
        var people = new StringBuilder();
        people.AppendLine().AppendLine("  # 压测审批人员（bench server）");
        foreach (var (id, department) in market.Select(m => (m, "SFS-DCQ-SCJGJ")).Concat(city.Select(c => (c, "SFS-DCQ-CGJ"))))
        {
            people.AppendLine(CultureInfo.InvariantCulture, $"  - {{ id: {id}, name: 压测 {id}, department: {department}, roles: [approver] }}");
        }

        await File.AppendAllTextAsync(Path.Combine(temp, "samples", "people.yaml"), people.ToString());

        var database = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Database:Provider"] = settings.Provider.ToString(),
            ["Database:DataFolder"] = Path.Combine(temp, "data"),
        };
        string? scratch = null;
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            scratch = "govwf_bench_server_" + Guid.NewGuid().ToString("N");
            await ExecuteAsync(settings.PostgresServer!, $"CREATE DATABASE \"{scratch}\"");
            database["Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(settings.PostgresServer) { Database = scratch }.ToString();
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = temp });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(database);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Server:Samples"] = Path.Combine(temp, "samples"),
            ["Server:DemoPassword"] = Password,
            // Production seeds the demo users only when asked, and each must then change the demo password.
            ["Server:Demo"] = "true",
        });
        builder.AddGovWorkflowServer();
        var web = builder.Build();
        web.UseGovWorkflowServer();
        var console = Console.Out;
        Console.SetOut(TextWriter.Null);
        try
        {
            await web.StartAsync();
        }
        finally
        {
            Console.SetOut(console);
        }

        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchServer(web, root, temp, new Uri(address), market, city, settings.PostgresServer, scratch);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(postgresServer!, $"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string FindRoot()
    {
        for (var dir = Directory.GetCurrentDirectory(); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "GovWorkflow.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("Run from inside the repository (GovWorkflow.sln not found above the working folder).");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
