using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovWorkflow.Server.Tests.Hosting;

namespace GovWorkflow.Server.Tests.Cases;

/// <summary>Receives a 开办餐饮店 case at the window, as the tolerant-supplied sample scenario does.</summary>
public static class RestaurantCase
{
    public const string ApplicantId = "91110101MA01C5XK3A";

    public static readonly string[] Submitted =
    [
        "BUSINESS-LICENCE/application-form",
        "BUSINESS-LICENCE/operator-id",
        "BUSINESS-LICENCE/name-commitment",
        "FOOD-BUSINESS-PERMIT/application-form",
        "FOOD-BUSINESS-PERMIT/legal-representative-id",
        "FOOD-BUSINESS-PERMIT/layout-and-process",
        "FOOD-BUSINESS-PERMIT/health-certificates",
        "OUTDOOR-SIGN/application-form",
        "OUTDOOR-SIGN/sign-design",
        "OUTDOOR-SIGN/owner-consent",
    ];

    public static async Task<(string CaseId, JsonElement OpenTasks)> ReceiveAsync(HttpClient clerk)
    {
        var response = await clerk.PostAsJsonAsync("/api/cases", new
        {
            bundle = "restaurant-opening",
            applicant = new { id = ApplicantId, name = "示范市东城区好味餐饮有限公司" },
            submitted = Submitted,
            variables = new { tolerantDays = 5 },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Json.ReadAsync(response);
        return (body.GetProperty("caseId").GetString()!, body.GetProperty("openTasks"));
    }

    public static JsonElement Task(JsonElement openTasks, string nodeId) =>
        openTasks.EnumerateArray().Single(t => t.GetProperty("nodeId").GetString() == nodeId);

    public static Task<HttpResponseMessage> CompleteAsync(HttpClient client, JsonElement task, object decision) =>
        client.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetInt64()}/complete", new { decision, expectedVersion = task.GetProperty("version").GetInt64() });
}
