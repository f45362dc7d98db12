using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GovWorkflow.Activities.Cases;
using GovWorkflow.Server.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Text;

namespace GovWorkflow.Server.Tests.Walkthrough;

/// <summary>The README's "Server walkthrough (curl)", step by step, with the same bodies (<c>docs/walkthrough/</c>).</summary>
/// <remarks>Runs on both databases: <see cref="OnSqlite"/> and <see cref="OnPostgres"/>.</remarks>
public abstract class WalkthroughTests(ServerFixture server)
{
    [Collection(ServerGroup.Name)]
    public sealed class OnSqlite(SqliteServerFixture server) : WalkthroughTests(server);

    [Collection(PostgresServerGroup.Name)]
    public sealed class OnPostgres(PostgresServerFixture server) : WalkthroughTests(server);

    [Fact]
    public async Task RestaurantCase_FromReceiptToRating_AsTheReadmeWalksIt()
    {
        using var http = server.Anonymous();

        // 1-2. The clerk signs in and receives the case with its materials.
        var clerk = await TokenAsync(http, "clerk.wang");
        var received = await PostAsync(http, clerk, "/api/cases", "receive.json", HttpStatusCode.Created);
        var caseId = received.GetProperty("caseId").GetString()!;
        var check = Single(received, "checkMaterials");

        // 3. Material check: complete, so the case is accepted and the statutory clock starts.
        var afterCheck = await PostAsync(http, clerk, Complete(check), "material-check.json", HttpStatusCode.OK);
        var businessLicence = Single(afterCheck, "reviewBusinessLicence");

        // 4. The district market regulator reviews the business licence, then the food permit.
        var market = await TokenAsync(http, "scjgj.li");
        var inbox = await GetAsync(http, market, "/api/tasks");
        Assert.Contains(inbox.EnumerateArray(), t => t.GetProperty("id").GetInt64() == businessLicence.GetProperty("id").GetInt64());
        var afterLicence = await PostAsync(http, market, Complete(businessLicence), "approve.json", HttpStatusCode.OK);
        var foodPermit = Single(afterLicence, "reviewFoodPermit");
        var outdoorSign = Single(afterLicence, "reviewOutdoorSign");
        await PostAsync(http, market, Complete(foodPermit), "approve.json", HttpStatusCode.OK);

        // 5. The district city administration reviews the outdoor sign; decision, certificate and delivery follow by themselves.
        var city = await TokenAsync(http, "cgj.zhao");
        var afterSign = await PostAsync(http, city, Complete(outdoorSign), "approve.json", HttpStatusCode.OK);
        var rate = Single(afterSign, "rate");

        // 6. The applicant rates.
        var applicant = await TokenAsync(http, "applicant.haowei");
        var afterRating = await PostAsync(http, applicant, Complete(rate), "rate.json", HttpStatusCode.OK);
        Assert.Empty(afterRating.GetProperty("openTasks").EnumerateArray());

        // 7. The status query and the supervisor's figures show it.
        var status = await GetAsync(http, null, $"/api/cases/{caseId}/status?identity=91110101MA01C5XK3A");
        Assert.Equal("开办餐饮店一件事", status.GetProperty("bundle").GetString());
        var supervisor = await TokenAsync(http, "supervisor.zhou");
        var items = await GetAsync(http, supervisor, "/api/supervision/items");
        var restaurant = items.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("bundle").GetString() == "restaurant-opening");
        Assert.True(restaurant.GetProperty("decided").GetInt32() >= 1);
        var ratings = await GetAsync(http, supervisor, "/api/supervision/ratings");
        Assert.True(ratings.GetProperty("levels")[0].GetProperty("count").GetInt32() >= 1);

        // The file records the rating day (not before the delivery), and a period of that one day counts the rating.
        var file = (await server.Factory.Services.GetRequiredService<CaseServices>().Store.FindCaseAsync(caseId, CancellationToken.None))!;
        var ratedOn = Assert.NotNull(file.RatedOn);
        Assert.True(ratedOn >= file.DeliveredOn, $"rated {ratedOn}, delivered {file.DeliveredOn}");
        var day = LocalDatePattern.Iso.Format(ratedOn);
        var thatDay = await GetAsync(http, supervisor, $"/api/supervision/ratings?from={day}&to={day}");
        Assert.True(thatDay.GetProperty("levels")[0].GetProperty("count").GetInt32() >= 1);
        var decidedThatWeek = await GetAsync(http, supervisor, $"/api/supervision/items?to={LocalDatePattern.Iso.Format(ratedOn.PlusDays(7))}&from={LocalDatePattern.Iso.Format(file.Decision!.DecidedOn)}");
        Assert.True(decidedThatWeek.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("bundle").GetString() == "restaurant-opening").GetProperty("decided").GetInt32() >= 1);
    }

    private static string Body(string file) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "walkthrough", file));

    private static string Complete(JsonElement task) => $"/api/tasks/{task.GetProperty("id").GetInt64()}/complete";

    private static JsonElement Single(JsonElement answer, string nodeId)
    {
        var open = answer.GetProperty("openTasks").EnumerateArray().ToList();
        var found = open.Where(t => t.GetProperty("nodeId").GetString() == nodeId).ToList();
        Assert.True(found.Count == 1, $"expected one open {nodeId}, got: {string.Join(", ", open.Select(t => t.GetProperty("nodeId").GetString()))}");
        return found[0];
    }

    private static async Task<string> TokenAsync(HttpClient http, string user)
    {
        var answer = await SendAsync(http, HttpMethod.Post, null, "/api/auth/token", Body($"login-{user}.json"), HttpStatusCode.OK);
        return answer.GetProperty("accessToken").GetString()!;
    }

    private static Task<JsonElement> PostAsync(HttpClient http, string token, string path, string file, HttpStatusCode expected) =>
        SendAsync(http, HttpMethod.Post, token, path, Body(file), expected);

    private static Task<JsonElement> GetAsync(HttpClient http, string? token, string path) =>
        SendAsync(http, HttpMethod.Get, token, path, null, HttpStatusCode.OK);

    private static async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string? token, string path, string? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
