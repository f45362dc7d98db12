namespace GovWorkflow.Engine.Execution;

/// <summary>What an executable node does when a token reaches it.</summary>
public enum NodeKind
{
    /// <summary>The process itself: the root scope.</summary>
    Process,

    /// <summary>A start event of a process, subprocess or event subprocess.</summary>
    StartEvent,

    /// <summary>An end event (none, terminate, error or escalation).</summary>
    EndEvent,

    /// <summary>An intermediate catch event (timer or message): a wait state.</summary>
    IntermediateCatchEvent,

    /// <summary>An intermediate throw event (none or escalation): passes through.</summary>
    IntermediateThrowEvent,

    /// <summary>A boundary event attached to an activity.</summary>
    BoundaryEvent,

    /// <summary>A task without behaviour (plain or manual task): completes at once.</summary>
    PassThroughTask,

    /// <summary>A user task: a wait state that people complete.</summary>
    UserTask,

    /// <summary>A service task: a custom activity the runtime runs.</summary>
    ServiceTask,

    /// <summary>A receive task: waits for a message.</summary>
    ReceiveTask,

    /// <summary>A call activity: runs another process and waits for it.</summary>
    CallActivity,

    /// <summary>An embedded subprocess: a nested scope.</summary>
    SubProcess,

    /// <summary>An event subprocess: a nested scope started by its start event's trigger.</summary>
    EventSubProcess,

    /// <summary>An exclusive gateway: takes the first flow whose condition is true, else the default.</summary>
    ExclusiveGateway,

    /// <summary>A parallel gateway: forks every flow, joins every incoming flow.</summary>
    ParallelGateway,

    /// <summary>An inclusive gateway: forks every true flow, joins what can still arrive.</summary>
    InclusiveGateway,

    /// <summary>An event-based gateway: waits for the first of the following events.</summary>
    EventBasedGateway,
}
