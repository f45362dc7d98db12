using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovWorkflow.Runtime.Tasks;

/// <summary>The payload of a notification (outbox row) about a task or a case: what, who did it, and whom it is for.</summary>
/// <remarks>The one shape every writer uses, so a reader (the server's event stream) parses one format.</remarks>
/// <param name="TaskId">The task, or null for a notice about a whole case.</param>
/// <param name="NodeId">The task's node id, or null.</param>
/// <param name="Name">The task's name, or null.</param>
/// <param name="From">Who did it.</param>
/// <param name="Comment">What they wrote, or null.</param>
/// <param name="To">Whom it is for.</param>
public sealed record TaskNotice(long? TaskId, string? NodeId, string? Name, string From, string? Comment, Recipients To)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The JSON stored in the outbox row.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
