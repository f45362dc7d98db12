using System.Text.Json;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Hosting;

namespace GovWorkflow.Server.Events;

/// <summary>Reads an outbox row as a notification, for whom its <c>to</c> (the runtime's <c>Recipients</c>) names.</summary>
internal static class OutboxNotice
{
    /// <summary>The notification for <paramref name="user"/>, or null when the row is not addressed to them (or to nobody).</summary>
    public static NoticeEvent? For(OutboxRecord row, CurrentUser user)
    {
        using var payload = JsonDocument.Parse(row.Payload);
        var root = payload.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("to", out var to) || to.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var addressed = Names(to, "users").Contains(user.Id, StringComparer.Ordinal)
            || Names(to, "groups").Any(user.HasRole)
            || (user.Department is { } department && Names(to, "departments").Contains(department, StringComparer.Ordinal));
        return addressed
            ? new NoticeEvent(row.Id, row.Kind, row.InstanceId, Number(root, "taskId"), Text(root, "name") ?? Text(root, "nodeId"), Text(root, "from"), Text(root, "comment"), Iso.Format(row.CreatedAt))
            : null;
    }

    private static IEnumerable<string> Names(JsonElement to, string property) =>
        to.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)
            : [];

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Number(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;
}
