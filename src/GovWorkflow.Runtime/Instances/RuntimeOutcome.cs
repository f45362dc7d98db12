namespace GovWorkflow.Runtime.Instances;

/// <summary>The answer to a runtime command: what happened, with a stable code and a Chinese message when it did not.</summary>
/// <param name="Kind">Done, already done, conflict, not found or refused.</param>
/// <param name="Code">Stable code, e.g. <c>runtime.conflict</c> or an engine refusal code; null when done.</param>
/// <param name="Message">For people, in Chinese; null when done.</param>
/// <param name="InstanceId">The instance concerned.</param>
public sealed record RuntimeOutcome(RuntimeOutcomeKind Kind, string? Code = null, string? Message = null, string? InstanceId = null)
{
    /// <summary>Whether the command was applied.</summary>
    public bool Succeeded => Kind == RuntimeOutcomeKind.Done;

    /// <summary>Done.</summary>
    public static RuntimeOutcome Ok(string instanceId) => new(RuntimeOutcomeKind.Done, InstanceId: instanceId);

    internal static RuntimeOutcome Conflict(string? instanceId) => new(
        RuntimeOutcomeKind.Conflict,
        "runtime.conflict",
        "该办件刚刚已被他人处理，本次操作未生效：请刷新后查看最新状态再办理。",
        instanceId);

    /// <summary>Nothing by that id.</summary>
    public static RuntimeOutcome NotFound(string code, string message) => new(RuntimeOutcomeKind.NotFound, code, message);

    /// <summary>Refused, with why.</summary>
    public static RuntimeOutcome Refused(string code, string message, string? instanceId) => new(RuntimeOutcomeKind.Refused, code, message, instanceId);

    /// <summary>The code of <see cref="Suspended"/>.</summary>
    public const string SuspendedCode = "runtime.instance-suspended";

    /// <summary>Refused because the instance is suspended (挂起).</summary>
    public static RuntimeOutcome Suspended(Persistence.InstanceRecord instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return Refused(SuspendedCode, $"办件已于 {instance.SuspendedAt} 由 {instance.SuspendedBy} 挂起：恢复办理后才能继续。", instance.Id);
    }
}
