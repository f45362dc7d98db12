using GovWorkflow.Engine.Activities;

namespace GovWorkflow.Runtime.Tests.Activities;

/// <summary>A handler whose behaviour the test chooses per call.</summary>
internal sealed class ScriptedHandler : IActivityHandler
{
    private readonly Func<ActivityRequest, Task<ActivityResult>> run;

    public ScriptedHandler(string activityType, Func<ActivityRequest, ActivityResult> run)
        : this(activityType, request => Task.FromResult(run(request)))
    {
    }

    private ScriptedHandler(string activityType, Func<ActivityRequest, Task<ActivityResult>> run)
    {
        ActivityType = activityType;
        this.run = run;
    }

    public string ActivityType { get; }

    public List<long> Calls { get; } = [];

    public List<ActivityRequest> Requests { get; } = [];

    /// <summary>A handler that awaits something while it runs (e.g. a timer firing under it).</summary>
    public static ScriptedHandler Async(string activityType, Func<ActivityRequest, Task<ActivityResult>> run) => new(activityType, run);

    public Task<ActivityResult> RunAsync(ActivityRequest request, CancellationToken cancellationToken)
    {
        Calls.Add(request.JobId);
        Requests.Add(request);
        return run(request);
    }
}
