using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Hosting;

namespace GovWorkflow.Server.Definitions;

/// <summary>One version of a workflow definition, without its XML.</summary>
/// <param name="ProcessId">The BPMN process id.</param>
/// <param name="Version">The version number.</param>
/// <param name="Status">draft, published or retired.</param>
/// <param name="Name">The process name.</param>
/// <param name="NodeCount">Flow nodes.</param>
/// <param name="CreatedBy">Who uploaded it.</param>
/// <param name="CreatedAt">When (ISO 8601, UTC).</param>
/// <param name="PublishedAt">When it was published, or null.</param>
public sealed record DefinitionView(string ProcessId, int Version, string Status, string? Name, int NodeCount, string CreatedBy, string CreatedAt, string? PublishedAt)
{
    /// <summary>The view of a record.</summary>
    public static DefinitionView Of(DefinitionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new DefinitionView(
            record.ProcessId,
            record.Version,
            record.Status.ToString().ToLowerInvariant(),
            record.Name,
            record.NodeCount,
            record.CreatedBy,
            Iso.Format(record.CreatedAt),
            record.PublishedAt is { } published ? Iso.Format(published) : null);
    }
}
