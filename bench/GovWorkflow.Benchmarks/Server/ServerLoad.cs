using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovWorkflow.Benchmarks.Server;

/// <summary>
/// The clients: window clerks that receive 开办餐饮店 cases and check their materials (the bodies of
/// <c>docs/walkthrough/</c>), and approvers that read their inbox, pick one of its tasks at random and approve it.
/// Two approvers may pick the same task; the loser's 409 is the expected conflict, anything else not 2xx an error.
/// </summary>
internal sealed class ServerLoad(HttpClient http, string walkthroughFolder, LoadCounters counters)
{
    private readonly string receiveBody = File.ReadAllText(Path.Combine(walkthroughFolder, "receive.json"));
    private readonly string checkBody = File.ReadAllText(Path.Combine(walkthroughFolder, "material-check.json"));

    public async Task<string> TokenAsync(string user, string password)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/token", new { userId = user, password });
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Replaces a seeded user's demo password (Production lets them do nothing else first).</summary>
    public async Task ChangePasswordAsync(string user, string demoPassword, string newPassword)
    {
        var token = await TokenAsync(user, demoPassword);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/password") { Content = JsonContent.Create(new { currentPassword = demoPassword, newPassword }) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Receives cases until <paramref name="stop"/> says so, waiting while the review queues hold <paramref name="backlog"/> tasks.</summary>
    public async Task ClerkAsync(string token, int backlog, Func<bool> stop)
    {
        while (!stop())
        {
            if (counters.OpenReviews >= backlog)
            {
                await Task.Delay(20);
                continue;
            }

            var body = JsonNode.Parse(receiveBody)!;
            body["caseId"] = "bench-" + counters.NextCase().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var (status, answer) = await SendAsync(HttpMethod.Post, token, "/api/cases", body.ToJsonString());
            if (status != HttpStatusCode.Created)
            {
                counters.Error($"receive {(int)status}: {answer}");
                continue;
            }

            var check = JsonDocument.Parse(answer).RootElement.GetProperty("openTasks")[0].GetProperty("id").GetInt64();
            (status, answer) = await SendAsync(HttpMethod.Post, token, $"/api/tasks/{check}/complete", checkBody);
            if (status == HttpStatusCode.OK)
            {
                counters.CaseReady(JsonDocument.Parse(answer).RootElement.GetProperty("openTasks").GetArrayLength());
            }
            else
            {
                counters.Error($"material check {(int)status}: {answer}");
            }
        }
    }

    /// <summary>Approves tasks from the inbox until <paramref name="stop"/> says so; the timings are of each complete call and each inbox read.</summary>
    public async Task ApproverAsync(string token, Func<bool> stop, List<long> completeTicks, List<long> inboxTicks)
    {
        var random = new Random(token.GetHashCode(StringComparison.Ordinal));
        while (!stop())
        {
            var started = Stopwatch.GetTimestamp();
            var (status, answer) = await SendAsync(HttpMethod.Get, token, "/api/tasks", null);
            inboxTicks.Add(Stopwatch.GetTimestamp() - started);
            if (status != HttpStatusCode.OK)
            {
                counters.Error($"inbox {(int)status}: {answer}");
                continue;
            }

            var tasks = JsonDocument.Parse(answer).RootElement.EnumerateArray().Where(t => t.GetProperty("formKey").GetString() == "review").ToList();
            if (tasks.Count == 0)
            {
                counters.EmptyInbox();
                await Task.Delay(10);
                continue;
            }

            var task = tasks[random.Next(tasks.Count)];
            var body = $$"""{"decision":{"approved":true},"expectedVersion":{{task.GetProperty("version").GetInt64()}}}""";
            started = Stopwatch.GetTimestamp();
            (status, answer) = await SendAsync(HttpMethod.Post, token, $"/api/tasks/{task.GetProperty("id").GetInt64()}/complete", body);
            completeTicks.Add(Stopwatch.GetTimestamp() - started);
            if (status == HttpStatusCode.OK)
            {
                counters.Completed();
            }
            else if (status == HttpStatusCode.Conflict)
            {
                counters.Conflict();
            }
            else
            {
                counters.Error($"complete {(int)status}: {answer}");
            }
        }
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string token, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
