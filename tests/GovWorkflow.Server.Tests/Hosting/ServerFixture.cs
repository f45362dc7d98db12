using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GovWorkflow.Server.Tests.Hosting;

/// <summary>One server on a temporary SQLite data folder, shared by every test (Quartz names one scheduler per process).</summary>
public sealed class ServerFixture : IAsyncLifetime, IDisposable
{
    public const string Password = "Demo@2026";

    private readonly TempDirectory data = new();

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:DataFolder", data.Path);
            builder.UseSetting("Server:Samples", RepositoryPaths.Samples);
            builder.UseSetting("Server:DemoPassword", Password);
        });
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public void Dispose() => data.Dispose();

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
}
