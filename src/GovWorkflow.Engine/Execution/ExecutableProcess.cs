namespace GovWorkflow.Engine.Execution;

/// <summary>A process compiled for the interpreter: nodes and flows in arrays, every reference an index.</summary>
/// <remarks>Immutable after compilation and safe to share between threads and instances.</remarks>
public sealed class ExecutableProcess
{
    private readonly Dictionary<string, int> nodesById;

    internal ExecutableProcess(string id, string? name, ExecutableNode[] nodes, ExecutableFlow[] flows)
    {
        Id = id;
        Name = name;
        Nodes = nodes;
        Flows = flows;
        nodesById = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            nodesById[node.Id] = node.Index;
        }
    }

    /// <summary>The process id.</summary>
    public string Id { get; }

    /// <summary>The process name, or null.</summary>
    public string? Name { get; }

    /// <summary>The nodes; index 0 is the process itself.</summary>
    public IReadOnlyList<ExecutableNode> Nodes { get; }

    /// <summary>The sequence flows.</summary>
    public IReadOnlyList<ExecutableFlow> Flows { get; }

    /// <summary>The root scope node.</summary>
    public ExecutableNode Root => Nodes[0];

    /// <summary>Finds a node by its BPMN id.</summary>
    public bool TryGetNode(string id, out ExecutableNode node)
    {
        if (nodesById.TryGetValue(id, out var index))
        {
            node = Nodes[index];
            return true;
        }

        node = null!;
        return false;
    }
}
