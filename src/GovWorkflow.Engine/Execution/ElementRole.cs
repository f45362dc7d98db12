namespace GovWorkflow.Engine.Execution;

/// <summary>What a live element instance is.</summary>
public enum ElementRole
{
    /// <summary>A scope with children: the process, a subprocess, an event subprocess.</summary>
    Scope,

    /// <summary>An activity or catch event waiting on a bookmark.</summary>
    Activity,

    /// <summary>The body of a multi-instance activity: counts its inner instances.</summary>
    MultiInstanceBody,

    /// <summary>Tokens parked at a joining gateway.</summary>
    Join,

    /// <summary>An event-based gateway waiting for the first of its events.</summary>
    EventGateway,
}
