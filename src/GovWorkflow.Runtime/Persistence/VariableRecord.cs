namespace GovWorkflow.Runtime.Persistence;

/// <summary>A process variable of an instance, mirrored from its state as FEEL JSON for queries and supervision.</summary>
public sealed class VariableRecord
{
    /// <summary>The instance.</summary>
    public required string InstanceId { get; set; }

    /// <summary>The variable name.</summary>
    public required string Name { get; set; }

    /// <summary>The value as FEEL JSON.</summary>
    public required string Value { get; set; }
}
