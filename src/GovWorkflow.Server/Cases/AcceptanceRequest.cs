namespace GovWorkflow.Server.Cases;

/// <summary>The window's decision on a received case's materials.</summary>
/// <param name="Decision"><c>accept</c> (齐全, 受理; 容缺 when only tolerable materials lack), <c>correct</c> (一次性告知补正) or <c>refuse</c> (不予受理).</param>
/// <param name="Defects">Materials handed in but not acceptable: <c>{ "ITEM/code": "问题" }</c>.</param>
/// <param name="RefusalReason">Required for <c>refuse</c>.</param>
/// <param name="TolerantDays">容缺: working days asked for the missing materials (the bundle's limit and the promise cap it).</param>
/// <param name="ExpectedVersion">The material-check task's version as last read, or null for the current one.</param>
public sealed record AcceptanceRequest(string Decision, IReadOnlyDictionary<string, string>? Defects, string? RefusalReason, int? TolerantDays, long? ExpectedVersion);
