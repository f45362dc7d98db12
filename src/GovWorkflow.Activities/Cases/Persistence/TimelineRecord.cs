namespace GovWorkflow.Activities.Cases.Persistence;

/// <summary>A timeline line; append-only.</summary>
public sealed class TimelineRecord
{
    /// <summary>Increasing id: the order of the lines.</summary>
    public long Id { get; set; }

    /// <summary>The case.</summary>
    public required string CaseId { get; set; }

    /// <summary>The activity job that wrote it, or null for a person's action: a job writes at most one line, so a rerun finds its result here.</summary>
    public long? JobId { get; set; }

    /// <summary>When, Unix ticks.</summary>
    public long At { get; set; }

    /// <summary>Who.</summary>
    public required string Actor { get; set; }

    /// <summary>The action code.</summary>
    public required string Action { get; set; }

    /// <summary>What happened.</summary>
    public required string Text { get; set; }

    /// <summary>The clock snapshot as JSON.</summary>
    public required string Clock { get; set; }

    /// <summary>For a job, the outputs it reported (FEEL JSON), replayed when the job runs again.</summary>
    public string? Outputs { get; set; }
}
