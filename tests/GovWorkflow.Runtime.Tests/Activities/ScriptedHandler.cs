using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Runtime.Tests.Activities;

/// <summary>A handler whose behaviour the test chooses per call.</summary>
internal sealed class ScriptedHandler(string activityType, Func<ActivityRequest, IReadOnlyDictionary<string, FeelValue>> run) : IActivityHandler
{
    public string ActivityType { get; } = activityType;

    public List<long> Calls { get; } = [];

    public Task<IReadOnlyDictionary<string, FeelValue>> RunAsync(ActivityRequest request, CancellationToken cancellationToken)
    {
        Calls.Add(request.JobId);
        return Task.FromResult(run(request));
    }
}
