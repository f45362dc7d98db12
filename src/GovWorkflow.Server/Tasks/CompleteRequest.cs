using System.Text.Json;

namespace GovWorkflow.Server.Tasks;

/// <summary>Completes a task.</summary>
/// <param name="Decision">The decision the task's form asks for, e.g. <c>{"approved": true}</c>.</param>
/// <param name="ExpectedVersion">The task version the person saw; a newer one means somebody else acted first (409).</param>
public sealed record CompleteRequest(IReadOnlyDictionary<string, JsonElement>? Decision, long ExpectedVersion);
