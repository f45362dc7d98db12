namespace GovWorkflow.Domain.Cases;

/// <summary>Whether the statutory clock of a case runs.</summary>
public enum ClockState
{
    /// <summary>未起算: not accepted yet.</summary>
    NotStarted,

    /// <summary>计时中.</summary>
    Running,

    /// <summary>暂停计时 (Art. 45).</summary>
    Suspended,

    /// <summary>已停止: decided, refused, withdrawn or revoked.</summary>
    Stopped,
}
