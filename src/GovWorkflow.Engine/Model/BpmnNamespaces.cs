namespace GovWorkflow.Engine.Model;

/// <summary>The XML namespaces the parser recognises.</summary>
/// <remarks>Prefixes are chosen by each modeler and mean nothing; only these URIs are compared.</remarks>
public static class BpmnNamespaces
{
    /// <summary>The BPMN 2.0 semantic model namespace.</summary>
    public const string Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /// <summary>The BPMN 2.0 diagram interchange namespace (kept, never interpreted).</summary>
    public const string DiagramInterchange = "http://www.omg.org/spec/BPMN/20100524/DI";

    /// <summary>The GovWorkflow extension namespace; see <see cref="GovNames"/>.</summary>
    public const string Gov = GovNames.NamespaceUri;
}
