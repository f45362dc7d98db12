using System.Net.Http.Json;
using System.Text.Json;
using GovWorkflow.Server.Tests.Hosting;

namespace GovWorkflow.Server.Tests.Cases;

/// <summary>Calls of the window's endpoints.</summary>
public static class Window
{
    public static Task<HttpResponseMessage> DecideAsync(HttpClient client, string caseId, object body) =>
        client.PostAsJsonAsync($"/api/cases/{caseId}/acceptance", body);

    public static async Task<string> StatusAsync(HttpClient client, string caseId) =>
        (await Json.ReadAsync(await client.GetAsync($"/api/cases/{caseId}/status?identity={RestaurantCase.ApplicantId}"))).GetProperty("status").GetString()!;

    public static async Task<string> ReceiveAsync(HttpClient clerk, IEnumerable<string> submitted)
    {
        var response = await clerk.PostAsJsonAsync("/api/cases", new
        {
            bundle = "restaurant-opening",
            applicant = new { id = RestaurantCase.ApplicantId, name = "示范市东城区好味餐饮有限公司" },
            submitted,
            variables = new { tolerantDays = 5 },
        });
        response.EnsureSuccessStatusCode();
        return (await Json.ReadAsync(response)).GetProperty("caseId").GetString()!;
    }

    public static bool Has(JsonElement tasks, string nodeId) => tasks.EnumerateArray().Any(t => t.GetProperty("nodeId").GetString() == nodeId);
}
