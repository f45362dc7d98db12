namespace GovWorkflow.Runtime.Persistence;

/// <summary>One version of a process definition: the BPMN XML as uploaded, and what the engine needs to find it.</summary>
public sealed class DefinitionRecord
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The BPMN process id.</summary>
    public required string ProcessId { get; set; }

    /// <summary>1, 2, 3 … per process id; drafts get a version too, published ones keep it.</summary>
    public int Version { get; set; }

    /// <summary>Draft, published or retired.</summary>
    public DefinitionStatus Status { get; set; }

    /// <summary>The process name, for lists.</summary>
    public string? Name { get; set; }

    /// <summary>The BPMN 2.0 XML exactly as uploaded (diagram and vendor extensions included).</summary>
    public required string BpmnXml { get; set; }

    /// <summary>SHA-256 of the XML, hex; publishing the same content twice is recognised.</summary>
    public required string ContentHash { get; set; }

    /// <summary>Number of flow nodes, from the parsed model.</summary>
    public int NodeCount { get; set; }

    /// <summary>Who uploaded it.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>When it was uploaded (Unix ticks, UTC; see <see cref="RuntimeDbContext"/>).</summary>
    public NodaTime.Instant CreatedAt { get; set; }

    /// <summary>When it was published, or null.</summary>
    public NodaTime.Instant? PublishedAt { get; set; }
}
