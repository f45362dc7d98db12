using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>A live element of an instance: a scope, a waiting activity, a multi-instance body, a join or an event gateway.</summary>
/// <remarks>Mutable only inside the interpreter, which copies an element before its first change in a step; callers see snapshots.</remarks>
public sealed class ElementInstance
{
    internal ElementInstance(long key, string nodeId, long parentKey, ElementRole role)
    {
        Key = key;
        NodeId = nodeId;
        ParentKey = parentKey;
        Role = role;
    }

    /// <summary>Unique within the instance; never reused.</summary>
    public long Key { get; }

    /// <summary>The BPMN id of the node (the process id for the root scope).</summary>
    public string NodeId { get; }

    /// <summary>The key of the enclosing element (scope or multi-instance body); 0 for the root.</summary>
    public long ParentKey { get; }

    /// <summary>What this element is.</summary>
    public ElementRole Role { get; }

    /// <summary>Local variables, or null when there are none.</summary>
    public IReadOnlyDictionary<string, FeelValue>? Variables => Locals;

    internal Dictionary<string, FeelValue>? Locals { get; set; }

    /// <summary>For a join: tokens parked per incoming flow, in the order of the node's incoming flows.</summary>
    public int[]? Arrivals { get; internal set; }

    /// <summary>For a multi-instance body: <c>nrOfInstances</c>.</summary>
    public int InstanceCount { get; internal set; }

    /// <summary>For a multi-instance body: <c>nrOfCompletedInstances</c>.</summary>
    public int CompletedCount { get; internal set; }

    /// <summary>For a multi-instance body: <c>nrOfActiveInstances</c>.</summary>
    public int ActiveCount { get; internal set; }

    /// <summary>For a multi-instance body: the items iterated over (null when counting by cardinality).</summary>
    public FeelValue? Collection { get; internal set; }

    /// <summary>For an inner instance of a multi-instance activity: its <c>loopCounter</c>, from 1; otherwise 0.</summary>
    public int LoopCounter { get; internal set; }

    /// <summary>For a scope: an interrupting event subprocess has taken over, so no other event starts.</summary>
    public bool Interrupted { get; internal set; }

    /// <summary>The state that may change this element; a clone of a state shares elements until a step writes to one.</summary>
    internal InstanceState? Owner { get; set; }

    internal ElementInstance Clone(InstanceState owner) => new(Key, NodeId, ParentKey, Role)
    {
        Owner = owner,
        Locals = Locals is null ? null : new Dictionary<string, FeelValue>(Locals, StringComparer.Ordinal),
        Arrivals = Arrivals is null ? null : (int[])Arrivals.Clone(),
        InstanceCount = InstanceCount,
        CompletedCount = CompletedCount,
        ActiveCount = ActiveCount,
        Collection = Collection,
        LoopCounter = LoopCounter,
        Interrupted = Interrupted,
    };
}
