using System.Text;
using System.Text.Json;
using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Expressions;
using NodaTime;

namespace GovWorkflow.Activities.Cases;

/// <summary>An activity's result as JSON, saved with its timeline line so that a rerun of the job reports the same result.</summary>
public static class ActivityOutputs
{
    /// <summary>Writes <c>{"variables":{…},"moves":[{"key":…,"due":ticks}]}</c>.</summary>
    public static string Serialize(ActivityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("variables");
            foreach (var (name, value) in result.Variables.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                json.WritePropertyName(name);
                FeelJson.Write(json, value);
            }

            json.WriteEndObject();
            json.WriteStartArray("moves");
            foreach (var move in result.TimerMoves)
            {
                json.WriteStartObject();
                json.WriteNumber("key", move.BookmarkKey);
                json.WriteNumber("due", move.DueAt.ToUnixTimeTicks());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads what <see cref="Serialize"/> wrote.</summary>
    public static ActivityResult Deserialize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var document = JsonDocument.Parse(text);
        var variables = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
        if (document.RootElement.TryGetProperty("variables", out var values))
        {
            foreach (var property in values.EnumerateObject())
            {
                variables[property.Name] = FeelJson.FromElement(property.Value);
            }
        }

        var moves = new List<TimerMove>();
        if (document.RootElement.TryGetProperty("moves", out var list))
        {
            moves.AddRange(list.EnumerateArray().Select(m => new TimerMove(m.GetProperty("key").GetInt64(), Instant.FromUnixTimeTicks(m.GetProperty("due").GetInt64()))));
        }

        return new ActivityResult(variables, moves);
    }
}
