namespace GovWorkflow.Runtime.Persistence;

/// <summary>The life of a task, timer or activity job row.</summary>
public enum WorkStatus
{
    /// <summary>待办 / 待触发: waiting for a person, its due time or a worker.</summary>
    Open = 0,

    /// <summary>已办结 / 已触发: done; doing it again does nothing.</summary>
    Done = 1,

    /// <summary>已撤销: the instance no longer wants it (an interrupting event, a completed activity, a cancel).</summary>
    Cancelled = 2,
}
