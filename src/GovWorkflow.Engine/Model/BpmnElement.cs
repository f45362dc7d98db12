namespace GovWorkflow.Engine.Model;

/// <summary>Any element of a BPMN document that the model keeps: id, name, position in the file and <c>gov:</c> settings.</summary>
/// <remarks>
/// Elements are immutable once the parser returns. Vendor extensions (camunda:, zeebe: …) are not modelled; they stay in
/// the document's XML and are written back by <see cref="BpmnDocument.Save(Stream)"/>.
/// </remarks>
public abstract class BpmnElement
{
    private protected BpmnElement(ElementHeader header)
    {
        Id = header.Id;
        Name = header.Name;
        ElementName = header.ElementName;
        Line = header.Line;
        Column = header.Column;
        GovAttributes = header.GovAttributes;
        GovElements = header.GovElements;
    }

    /// <summary>The <c>id</c> attribute; empty when the file gives none.</summary>
    public string Id { get; }

    /// <summary>The <c>name</c> attribute, or null.</summary>
    public string? Name { get; }

    /// <summary>The XML local name, e.g. <c>userTask</c>.</summary>
    public string ElementName { get; }

    /// <summary>One-based line of the element in the file (0 when unknown).</summary>
    public int Line { get; }

    /// <summary>One-based column of the element in the file (0 when unknown).</summary>
    public int Column { get; }

    /// <summary>Attributes of the <c>gov:</c> namespace on this element, by local name.</summary>
    public IReadOnlyDictionary<string, string> GovAttributes { get; }

    /// <summary>Elements of the <c>gov:</c> namespace under this element's <c>extensionElements</c>, in document order.</summary>
    public IReadOnlyList<GovExtensionElement> GovElements { get; }

    /// <summary>The value of a <c>gov:</c> attribute (see <see cref="GovNames"/>), or null when absent.</summary>
    public string? GetGovAttribute(string localName) => GovAttributes.TryGetValue(localName, out var value) ? value : null;

    /// <summary>Id and element name, for debugging.</summary>
    public override string ToString() => $"{ElementName} {Id}";
}
