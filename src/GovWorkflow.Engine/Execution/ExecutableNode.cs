namespace GovWorkflow.Engine.Execution;

/// <summary>A compiled flow node: everything the interpreter needs, resolved to indexes.</summary>
/// <remarks>
/// One class for every kind keeps the interpreter a switch over <see cref="Kind"/> with no casts; the
/// fields a kind does not use keep their defaults. Built only by the process compiler.
/// </remarks>
public sealed class ExecutableNode
{
    /// <summary>Position in <see cref="ExecutableProcess.Nodes"/>.</summary>
    public required int Index { get; init; }

    /// <summary>The BPMN id.</summary>
    public required string Id { get; init; }

    /// <summary>The BPMN name, or null.</summary>
    public string? Name { get; init; }

    /// <summary>What the node does.</summary>
    public required NodeKind Kind { get; init; }

    /// <summary>Index of the enclosing scope node (the process, a subprocess or an event subprocess); -1 for the process.</summary>
    public int Scope { get; init; } = -1;

    /// <summary>Line of the element in its file (1-based), 0 when unknown.</summary>
    public int Line { get; init; }

    /// <summary>Outgoing flow indexes, in document order.</summary>
    public int[] Outgoing { get; internal set; } = [];

    /// <summary>Incoming flow indexes, in document order.</summary>
    public int[] Incoming { get; internal set; } = [];

    /// <summary>The default flow of a gateway or activity, or -1.</summary>
    public int DefaultFlow { get; internal set; } = -1;

    /// <summary>The event definition of an event node.</summary>
    public EventTrigger Trigger { get; init; }

    /// <summary>The timer of a timer event.</summary>
    public TimerSpec? Timer { get; init; }

    /// <summary>The message name of a message event or receive task.</summary>
    public string? MessageName { get; init; }

    /// <summary>The error or escalation code; null on a catching event means "any".</summary>
    public string? Code { get; init; }

    /// <summary>For a boundary event or an event-subprocess start: whether it cancels what it interrupts.</summary>
    public bool Interrupting { get; init; } = true;

    /// <summary>For a boundary event: the index of the activity it is attached to; otherwise -1.</summary>
    public int AttachedTo { get; internal set; } = -1;

    /// <summary>For an activity: its boundary events.</summary>
    public int[] Boundaries { get; internal set; } = [];

    /// <summary>For a scope node: its none and message start events (event-subprocess starts excluded).</summary>
    public int[] StartEvents { get; internal set; } = [];

    /// <summary>For a scope node: the start events of its event subprocesses.</summary>
    public int[] EventSubProcessStarts { get; internal set; } = [];

    /// <summary>For a user task: who may work on it.</summary>
    public AssignmentSpec Assignment { get; init; } = AssignmentSpec.Unassigned;

    /// <summary>For a service task: the custom activity type (<c>gov:activity</c>).</summary>
    public string? ActivityType { get; init; }

    /// <summary>For a call activity: the id of the process it calls.</summary>
    public string? CalledElement { get; init; }

    /// <summary>For a call activity: variables passed in.</summary>
    public IReadOnlyList<VariableMapping> InputMappings { get; init; } = [];

    /// <summary>For a call activity: variables passed back.</summary>
    public IReadOnlyList<VariableMapping> OutputMappings { get; init; } = [];

    /// <summary>The multi-instance loop, or null.</summary>
    public MultiInstanceSpec? MultiInstance { get; init; }

    /// <summary>The <c>gov:</c> attributes as written, for activities and the runtime (warning thresholds, material policy).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = EmptyProperties;

    /// <summary>For an inclusive join: which nodes of the same scope can still reach it (the upstream-reachability rule).</summary>
    internal bool[]? ReachableFrom { get; set; }

    /// <summary>Whether this gateway joins more than one incoming flow.</summary>
    public bool IsJoin => Incoming.Length > 1 && Kind is NodeKind.ParallelGateway or NodeKind.InclusiveGateway;

    /// <summary>Whether a token waits here for a stimulus (or a scope runs here).</summary>
    public bool IsActivity => Kind is NodeKind.UserTask or NodeKind.ServiceTask or NodeKind.ReceiveTask or NodeKind.CallActivity
        or NodeKind.SubProcess or NodeKind.PassThroughTask;

    private static readonly Dictionary<string, string> EmptyProperties = new(StringComparer.Ordinal);

    /// <summary>Formats as the id.</summary>
    public override string ToString() => Id;
}
