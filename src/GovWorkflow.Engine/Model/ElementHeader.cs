namespace GovWorkflow.Engine.Model;

/// <summary>What every model element carries; filled by the parser and handed to the element's constructor.</summary>
internal sealed record ElementHeader(
    string Id,
    string? Name,
    string ElementName,
    int Line,
    int Column,
    IReadOnlyDictionary<string, string> GovAttributes,
    IReadOnlyList<GovExtensionElement> GovElements);
