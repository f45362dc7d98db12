using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovWorkflow.Server.Tests.Hosting;

/// <summary>A server of one test, in the environment and with the settings it names, on its own SQLite data folder.</summary>
/// <remarks>Use only in <see cref="IsolatedServerGroup"/> and dispose it before the next one starts.</remarks>
public sealed class IsolatedServer : IAsyncDisposable
{
    private readonly TempDirectory data = new();

    private IsolatedServer(string environment, IReadOnlyDictionary<string, string> settings)
    {
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:DataFolder", data.Path);
            builder.UseSetting("Server:Samples", RepositoryPaths.Samples);
            builder.UseSetting("Server:DemoPassword", ServerFixture.Password);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(Logs)));
        });
    }

    public WebApplicationFactory<Program> Factory { get; }

    public LogLines Logs { get; } = new();

    /// <summary>Starts a server; <paramref name="settings"/> are configuration keys (<c>Server:Demo</c>).</summary>
    public static IsolatedServer Start(string environment, params (string Key, string Value)[] settings)
    {
        var server = new IsolatedServer(environment, settings.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal));
        _ = server.Factory.Server;
        return server;
    }

    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>A client carrying a bearer token of <paramref name="userId"/> signed in with <paramref name="password"/>.</summary>
    public async Task<HttpClient> BearerAsync(string userId, string password = ServerFixture.Password)
    {
        var client = Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userId, password });
        response.EnsureSuccessStatusCode();
        using var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    public T Service<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        data.Dispose();
    }
}
