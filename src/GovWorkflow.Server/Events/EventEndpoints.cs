using GovWorkflow.Domain.Errors;
using GovWorkflow.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovWorkflow.Server.Events;

/// <summary>The server-sent event stream of a user's new tasks and warnings.</summary>
public static class EventEndpoints
{
    /// <summary>Maps <c>GET /api/events</c>.</summary>
    public static void MapEvents(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", Stream).RequireAuthorization(Policies.SignedIn).WithTags("待办").WithSummary("事件流（text/event-stream）：新待办（task）与预警（warning）");
    }

    /// <summary>Registers the options (fail fast on a wrong setting), the time provider and the event source.</summary>
    /// <exception cref="DomainException">An <c>Events</c> setting is wrong; the message names it.</exception>
    public static IServiceCollection AddTaskEvents(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(EventOptions.SectionName).Get<EventOptions>() ?? new EventOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new DomainException([.. problems.Select(p => new DomainError("server.options-invalid", p, p))]);
        }

        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TaskEventSource>();
        return services;
    }

    private static ServerSentEventsResult<object> Stream(TaskEventSource source, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.ServerSentEvents(source.StreamAsync(CurrentUser.From(http.User), cancellationToken));
}
