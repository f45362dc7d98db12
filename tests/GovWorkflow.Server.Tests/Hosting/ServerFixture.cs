using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GovWorkflow.Runtime.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GovWorkflow.Server.Tests.Hosting;

/// <summary>One server on one database, shared by the tests of its collection (<see cref="ServerGroup"/>, <see cref="PostgresServerGroup"/>).</summary>
/// <remarks>
/// Integration tests are written once against this type, in an abstract class with a thin subclass per database, so
/// the whole API runs on SQLite and on PostgreSQL. Both servers live in one test process: Quartz keeps one scheduler
/// per name per process, and the runtime gives the in-memory (SQLite) scheduler a unique name, so each host keeps its own.
/// </remarks>
public abstract class ServerFixture : IAsyncLifetime, IDisposable
{
    public const string Password = "Demo@2026";

    /// <summary>
    /// People the tests add to <c>samples/people.yaml</c>: staff of the 新华街道 便民服务中心, whose reach (its own subtree)
    /// holds none of the departments of a 开办餐饮店 case — the wrong-department users of the authorization tests.
    /// </summary>
    public const string TestPeople = """

          # 测试用：新华街道便民服务中心（不含东城区市场监管局、城管局）
          - { id: clerk.xhjd, name: 街道窗口, department: SFS-DCQ-XHJD-BMFWZX, roles: [clerk] }
          - { id: supervisor.xhjd, name: 街道督办, department: SFS-DCQ-XHJD-BMFWZX, roles: [supervisor] }
        """;

    private readonly TempDirectory data = new();
    private readonly TempDirectory repository = new();

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    /// <summary>The database this server runs on.</summary>
    public abstract DatabaseProvider Provider { get; }

    public virtual async Task InitializeAsync()
    {
        var database = await PrepareDatabaseAsync();
        var samples = await CopySamplesAsync();
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", Provider.ToString());
            builder.UseSetting("Database:DataFolder", data.Path);
            if (database is not null)
            {
                builder.UseSetting("Database:ConnectionString", database);
            }

            builder.UseSetting("Server:Samples", samples);
            builder.UseSetting("Server:DemoPassword", Password);
        });
        _ = Factory.Server;
    }

    public virtual async Task DisposeAsync() => await Factory.DisposeAsync();

    public void Dispose()
    {
        data.Dispose();
        repository.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A client with no credentials (cookies kept).</summary>
    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>A client carrying a bearer token of <paramref name="userId"/>.</summary>
    public async Task<HttpClient> BearerAsync(string userId)
    {
        var client = Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userId, password = Password });
        response.EnsureSuccessStatusCode();
        using var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>A copy of <c>samples/</c> and <c>workflows/</c> (the bundles name their workflow relatively) with <see cref="TestPeople"/>.</summary>
    private async Task<string> CopySamplesAsync()
    {
        foreach (var folder in new[] { "samples", "workflows" })
        {
            var from = Path.Combine(RepositoryPaths.Root, folder);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(repository.Path, folder, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        var samples = Path.Combine(repository.Path, "samples");
        await File.AppendAllTextAsync(Path.Combine(samples, "people.yaml"), TestPeople);
        return samples;
    }

    /// <summary>Creates the server's database when it needs one, and answers its connection string (null: the SQLite file in the data folder).</summary>
    protected abstract Task<string?> PrepareDatabaseAsync();
}
