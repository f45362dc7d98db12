using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Tests.TestSupport;

namespace GovWorkflow.Engine.Tests.Conformance;

/// <summary>Runs a conformance case through GovWorkflow's interpreter with tracing on.</summary>
internal static class OurEngineRunner
{
    public static RunOutcome Run(ConformanceCase testCase)
    {
        var interpreter = new ProcessInterpreter(ConformanceProcesses.Compile(testCase.Fixture), Processes.Options);
        var now = ProcessRun.StartedAt;
        var variables = Vars.Of([.. testCase.Variables.Select(v => (v.Key, v.Value))]);
        var result = interpreter.Start(new StartInstance("conformance", "1", variables), now);
        if (!result.Succeeded)
        {
            return new RunOutcome("error", [], [], null, "start: " + result.Refusal!.Code + " " + result.Refusal.Message);
        }

        var segments = new List<IReadOnlyList<string>> { Completions(result) };
        var state = result.State;
        string? stepError = null;
        for (var i = 0; i < testCase.Steps.Count; i++)
        {
            var step = testCase.Steps[i];
            if (state.Status != InstanceStatus.Running)
            {
                stepError = $"step {i + 1}: the instance is {StateName(state.Status)}";
                break;
            }

            Stimulus? stimulus = null;
            switch (step.Kind)
            {
                case StepKind.Complete:
                    var task = state.Bookmarks.FirstOrDefault(b => b.Kind == BookmarkKind.Task && b.NodeId == step.Target);
                    stimulus = task is null ? null : new CompleteTask(task.Key, Vars.Of([.. step.Variables.Select(v => (v.Key, v.Value))]));
                    break;
                case StepKind.Message:
                    stimulus = new DeliverMessage(step.Target, Vars.None);
                    break;
                case StepKind.Timer:
                    var timer = state.Bookmarks.Where(b => b.Kind == BookmarkKind.Timer && b.NodeId == step.Target).MinBy(b => b.DueAt);
                    if (timer is not null)
                    {
                        now = timer.DueAt > now ? timer.DueAt.Value : now;
                        stimulus = new FireTimer(timer.Key);
                    }

                    break;
            }

            if (stimulus is null)
            {
                stepError = $"step {i + 1}: nothing waits for {step}";
                break;
            }

            result = interpreter.Execute(state, stimulus, now);
            if (!result.Succeeded)
            {
                stepError = $"step {i + 1}: {result.Refusal!.Code} {result.Refusal.Message}";
                break;
            }

            segments.Add(Completions(result));
            state = result.State;
        }

        return new RunOutcome(
            StateName(state.Status),
            segments,
            state.Status == InstanceStatus.Running ? [.. state.Bookmarks.Where(b => b.Kind == BookmarkKind.Task).Select(b => b.NodeId)] : [],
            state.Incident?.Message,
            stepError);
    }

    /// <summary>
    /// bpmn-engine has no terminated state: a terminate end event ends its execution like any other end
    /// (<c>end</c> event), so our Terminated compares as <c>completed</c>. A failed instance is <c>error</c>.
    /// </summary>
    private static string StateName(InstanceStatus status) => status switch
    {
        InstanceStatus.Running => "running",
        InstanceStatus.Completed or InstanceStatus.Terminated => "completed",
        _ => "error",
    };

    private static List<string> Completions(ExecutionResult result) =>
        [.. result.Trace.Where(t => t.Kind == TraceKind.Completed).Select(t => t.NodeId)];
}
