namespace GovWorkflow.Engine.Model;

/// <summary>An element of the <c>gov:</c> namespace found under <c>extensionElements</c> (for example <c>gov:material</c>).</summary>
/// <param name="LocalName">The element's local name, e.g. <c>material</c>.</param>
/// <param name="Attributes">Its unqualified attributes by name.</param>
/// <param name="Text">Its trimmed text content, or null when empty.</param>
/// <param name="Line">One-based line in the file.</param>
/// <param name="Column">One-based column in the file.</param>
public sealed record GovExtensionElement(string LocalName, IReadOnlyDictionary<string, string> Attributes, string? Text, int Line, int Column)
{
    /// <summary>The value of an unqualified attribute, or null.</summary>
    public string? GetAttribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;
}
