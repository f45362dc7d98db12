using GovWorkflow.Server.Audit;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Cases;
using GovWorkflow.Server.Definitions;
using GovWorkflow.Server.Events;
using GovWorkflow.Server.Supervision;
using GovWorkflow.Server.Tasks;

namespace GovWorkflow.Server.Hosting;

/// <summary>The request pipeline and the endpoints.</summary>
public static class ServerPipeline
{
    /// <summary>The endpoints that answer without sign-in; every other endpoint names a policy (a test enforces both).</summary>
    public static IReadOnlyList<string> AnonymousEndpoints { get; } =
    [
        "POST /api/auth/login",
        "POST /api/auth/token",
        "GET /api/cases/{caseId}/status",
        "GET /openapi/{documentName}.json",
    ];

    /// <summary>Problem details for errors, authentication, authorization, the API and its OpenAPI document.</summary>
    public static WebApplication UseGovWorkflowServer(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        // Outside the status-code pages, so that the code of a problem they fill in is known to the audit line.
        app.UseMiddleware<RefusalAudit>();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<PasswordChangeGate>();
        app.UseMiddleware<RequestSizeLimit>();
        app.MapOpenApi().AllowAnonymous();
        app.MapAuth();
        app.MapDefinitions();
        app.MapCases();
        app.MapTasks();
        app.MapSupervision();
        app.MapEvents();
        return app;
    }
}
