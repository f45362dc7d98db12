using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using NodaTime;

namespace GovWorkflow.Engine.Tests.TestSupport;

/// <summary>Drives one instance of a test process step by step, asserting every step succeeds unless asked not to.</summary>
internal sealed class ProcessRun
{
    public static readonly Instant StartedAt = Instant.FromUtc(2026, 3, 2, 1, 0);

    private readonly ProcessInterpreter interpreter;

    private ProcessRun(ProcessInterpreter interpreter, ExecutionResult started)
    {
        this.interpreter = interpreter;
        Now = StartedAt;
        Record(started);
        State = started.State;
    }

    public InstanceState State { get; private set; }

    public Instant Now { get; set; }

    public List<Effect> Effects { get; } = [];

    public List<TraceEntry> Trace { get; } = [];

    public ExecutionResult Last { get; private set; } = null!;

    public static ProcessRun Start(string fixture, params (string Name, object? Value)[] variables) =>
        Start(Processes.Interpreter(fixture), Vars.Of(variables));

    public static ProcessRun Start(ProcessInterpreter interpreter, IReadOnlyDictionary<string, FeelValue> variables)
    {
        var result = interpreter.Start(new StartInstance("case-1", "1", variables), StartedAt);
        Assert.True(result.Succeeded, result.Refusal?.Message);
        return new ProcessRun(interpreter, result);
    }

    /// <summary>Node ids of open bookmarks, in creation order.</summary>
    public IReadOnlyList<string> Waiting => [.. State.Bookmarks.Select(b => b.NodeId)];

    /// <summary>Node ids of completed elements, in order.</summary>
    public IReadOnlyList<string> Completed => [.. Trace.Where(t => t.Kind == TraceKind.Completed).Select(t => t.NodeId)];

    public Bookmark Bookmark(string nodeId, BookmarkKind? kind = null) =>
        Assert.Single(State.Bookmarks, b => b.NodeId == nodeId && (kind is null || b.Kind == kind));

    public void Complete(string nodeId, params (string Name, object? Value)[] variables) =>
        Must(new CompleteTask(Bookmark(nodeId, BookmarkKind.Task).Key, Vars.Of(variables)));

    public void CompleteActivity(string nodeId, params (string Name, object? Value)[] variables) =>
        Must(new CompleteActivity(Bookmark(nodeId, BookmarkKind.Activity).Key, Vars.Of(variables)));

    public void FireTimer(string nodeId)
    {
        var timer = State.Bookmarks.Where(b => b.NodeId == nodeId && b.Kind == BookmarkKind.Timer).MinBy(b => b.DueAt)
            ?? throw new InvalidOperationException("No timer at " + nodeId);
        if (timer.DueAt > Now)
        {
            Now = timer.DueAt!.Value;
        }

        Must(new FireTimer(timer.Key));
    }

    public void Deliver(string message, params (string Name, object? Value)[] variables) =>
        Must(new DeliverMessage(message, Vars.Of(variables)));

    public void Must(Stimulus stimulus)
    {
        var result = Try(stimulus);
        Assert.True(result.Succeeded, result.Refusal?.Code + ": " + result.Refusal?.Message);
    }

    public ExecutionResult Try(Stimulus stimulus)
    {
        var result = interpreter.Execute(State, stimulus, Now);
        Record(result);
        State = result.State;
        return result;
    }

    private void Record(ExecutionResult result)
    {
        Last = result;
        Effects.AddRange(result.Effects);
        Trace.AddRange(result.Trace);
    }
}
