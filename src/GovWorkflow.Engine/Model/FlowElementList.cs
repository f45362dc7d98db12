namespace GovWorkflow.Engine.Model;

/// <summary>The children of one scope with the views a compiler walks: all, nodes, flows and by id.</summary>
internal sealed class FlowElementList
{
    private readonly Dictionary<string, FlowElement> _byId = new(StringComparer.Ordinal);

    public FlowElementList(IReadOnlyList<FlowElement> elements)
    {
        All = elements;
        Nodes = [.. elements.OfType<FlowNode>()];
        Flows = [.. elements.OfType<SequenceFlow>()];
        foreach (var element in elements)
        {
            if (element.Id.Length > 0)
            {
                _byId.TryAdd(element.Id, element);
            }
        }
    }

    public IReadOnlyList<FlowElement> All { get; }

    public IReadOnlyList<FlowNode> Nodes { get; }

    public IReadOnlyList<SequenceFlow> Flows { get; }

    public FlowElement? Find(string id) => _byId.GetValueOrDefault(id);
}
