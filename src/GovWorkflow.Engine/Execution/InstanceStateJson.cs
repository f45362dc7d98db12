using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovWorkflow.Engine.Expressions;
using NodaTime;
using NodaTime.Text;

namespace GovWorkflow.Engine.Execution;

/// <summary>Reads and writes <see cref="InstanceState"/> as versioned JSON; a round trip is exact.</summary>
/// <remarks>
/// The <c>format</c> field is <see cref="EngineAssembly.StateFormatVersion"/>. A state written by a newer
/// engine is refused rather than half-read: the runtime must not run an instance it does not understand.
/// Properties are written in a fixed order and empty ones are left out, so equal states give equal bytes.
/// </remarks>
public static class InstanceStateJson
{
    // Chinese names and values stay readable in the database and in golden files.
    private static readonly JsonWriterOptions Compact = new() { Indented = false, SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Pretty = new() { Indented = true, SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the state as UTF-8 JSON.</summary>
    /// <param name="state">The state.</param>
    /// <param name="indented">Indent for people (golden files); compact for storage.</param>
    public static byte[] Serialize(InstanceState state, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(state);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, indented ? Pretty : Compact))
        {
            Write(writer, state);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a state written by <see cref="Serialize"/>.</summary>
    /// <exception cref="FormatException">The JSON is not a state, or was written by a newer engine.</exception>
    public static InstanceState Deserialize(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            return Read(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or UnparsableValueException or ArgumentException)
        {
            throw new FormatException("Not a GovWorkflow instance state: " + ex.Message, ex);
        }
    }

    private static void Write(Utf8JsonWriter writer, InstanceState state)
    {
        writer.WriteStartObject();
        writer.WriteNumber("format", EngineAssembly.StateFormatVersion);
        writer.WriteString("instanceId", state.InstanceId);
        writer.WriteString("processId", state.ProcessId);
        writer.WriteString("definitionVersion", state.DefinitionVersion);
        writer.WriteString("status", Name(state.Status));
        if (state.Incident is { } incident)
        {
            writer.WriteStartObject("incident");
            writer.WriteString("code", incident.Code);
            writer.WriteString("message", incident.Message);
            writer.WriteString("elementId", incident.ElementId);
            writer.WriteEndObject();
        }

        writer.WriteNumber("nextKey", state.NextKey);
        writer.WriteNumber("sequence", state.Sequence);
        writer.WritePropertyName("variables");
        WriteVariables(writer, state.VariableMap);
        writer.WriteStartArray("elements");
        foreach (var element in state.ElementList)
        {
            WriteElement(writer, element);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("bookmarks");
        foreach (var bookmark in state.BookmarkList)
        {
            WriteBookmark(writer, bookmark);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteVariables(Utf8JsonWriter writer, IReadOnlyDictionary<string, FeelValue> variables)
    {
        writer.WriteStartObject();
        foreach (var name in variables.Keys.Order(StringComparer.Ordinal))
        {
            writer.WritePropertyName(name);
            FeelJson.Write(writer, variables[name]);
        }

        writer.WriteEndObject();
    }

    private static void WriteElement(Utf8JsonWriter writer, ElementInstance element)
    {
        writer.WriteStartObject();
        writer.WriteNumber("key", element.Key);
        writer.WriteString("node", element.NodeId);
        writer.WriteNumber("parent", element.ParentKey);
        writer.WriteString("role", Name(element.Role));
        if (element.Locals is { } locals)
        {
            writer.WritePropertyName("variables");
            WriteVariables(writer, locals);
        }

        if (element.Arrivals is { } arrivals)
        {
            writer.WriteStartArray("arrivals");
            foreach (var count in arrivals)
            {
                writer.WriteNumberValue(count);
            }

            writer.WriteEndArray();
        }

        if (element.Role == ElementRole.MultiInstanceBody)
        {
            writer.WriteNumber("instances", element.InstanceCount);
            writer.WriteNumber("completed", element.CompletedCount);
            writer.WriteNumber("active", element.ActiveCount);
            if (element.Collection is { } collection)
            {
                writer.WritePropertyName("collection");
                FeelJson.Write(writer, collection);
            }
        }

        if (element.LoopCounter != 0)
        {
            writer.WriteNumber("loopCounter", element.LoopCounter);
        }

        if (element.Interrupted)
        {
            writer.WriteBoolean("interrupted", true);
        }

        writer.WriteEndObject();
    }

    private static void WriteBookmark(Utf8JsonWriter writer, Bookmark bookmark)
    {
        writer.WriteStartObject();
        writer.WriteNumber("key", bookmark.Key);
        writer.WriteString("kind", Name(bookmark.Kind));
        writer.WriteString("node", bookmark.NodeId);
        writer.WriteNumber("element", bookmark.ElementKey);
        if (bookmark.MessageName is { } message)
        {
            writer.WriteString("message", message);
        }

        if (bookmark.DueAt is { } due)
        {
            writer.WriteString("dueAt", InstantPattern.ExtendedIso.Format(due));
        }

        if (bookmark.RemainingRepetitions != 0)
        {
            writer.WriteNumber("remaining", bookmark.RemainingRepetitions);
        }

        writer.WriteEndObject();
    }

    private static InstanceState Read(JsonElement root)
    {
        var format = root.GetProperty("format").GetInt32();
        if (format > EngineAssembly.StateFormatVersion)
        {
            throw new InvalidOperationException($"state format {format} is newer than this engine's {EngineAssembly.StateFormatVersion}; upgrade the engine");
        }

        var state = new InstanceState(
            root.GetProperty("instanceId").GetString()!,
            root.GetProperty("processId").GetString()!,
            root.GetProperty("definitionVersion").GetString()!)
        {
            Status = Parse<InstanceStatus>(root.GetProperty("status")),
            NextKey = root.GetProperty("nextKey").GetInt64(),
            Sequence = root.GetProperty("sequence").GetInt64(),
            VariableMap = ReadVariables(root.GetProperty("variables")),
        };
        if (root.TryGetProperty("incident", out var incident))
        {
            state.Incident = new Incident(
                incident.GetProperty("code").GetString()!,
                incident.GetProperty("message").GetString()!,
                incident.GetProperty("elementId").GetString()!);
        }

        foreach (var element in root.GetProperty("elements").EnumerateArray())
        {
            var read = ReadElement(element);
            read.Owner = state;
            state.ElementList.Add(read);
        }

        foreach (var bookmark in root.GetProperty("bookmarks").EnumerateArray())
        {
            state.BookmarkList.Add(new Bookmark(
                bookmark.GetProperty("key").GetInt64(),
                Parse<BookmarkKind>(bookmark.GetProperty("kind")),
                bookmark.GetProperty("node").GetString()!,
                bookmark.GetProperty("element").GetInt64(),
                bookmark.TryGetProperty("message", out var message) ? message.GetString() : null,
                bookmark.TryGetProperty("dueAt", out var due) ? InstantPattern.ExtendedIso.Parse(due.GetString()!).GetValueOrThrow() : (Instant?)null,
                bookmark.TryGetProperty("remaining", out var remaining) ? remaining.GetInt32() : 0));
        }

        return state;
    }

    private static ElementInstance ReadElement(JsonElement json)
    {
        var element = new ElementInstance(
            json.GetProperty("key").GetInt64(),
            json.GetProperty("node").GetString()!,
            json.GetProperty("parent").GetInt64(),
            Parse<ElementRole>(json.GetProperty("role")));
        if (json.TryGetProperty("variables", out var variables))
        {
            element.Locals = ReadVariables(variables);
        }

        if (json.TryGetProperty("arrivals", out var arrivals))
        {
            element.Arrivals = [.. arrivals.EnumerateArray().Select(a => a.GetInt32())];
        }

        if (element.Role == ElementRole.MultiInstanceBody)
        {
            element.InstanceCount = json.GetProperty("instances").GetInt32();
            element.CompletedCount = json.GetProperty("completed").GetInt32();
            element.ActiveCount = json.GetProperty("active").GetInt32();
            if (json.TryGetProperty("collection", out var collection))
            {
                element.Collection = FeelJson.FromElement(collection);
            }
        }

        element.LoopCounter = json.TryGetProperty("loopCounter", out var loopCounter) ? loopCounter.GetInt32() : 0;
        element.Interrupted = json.TryGetProperty("interrupted", out var interrupted) && interrupted.GetBoolean();
        return element;
    }

    private static Dictionary<string, FeelValue> ReadVariables(JsonElement json)
    {
        var variables = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            variables[property.Name] = FeelJson.FromElement(property.Value);
        }

        return variables;
    }

    private static string Name<T>(T value)
        where T : struct, Enum
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    private static T Parse<T>(JsonElement json)
        where T : struct, Enum =>
        Enum.TryParse<T>(json.GetString(), ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new InvalidOperationException($"unknown {typeof(T).Name} '{json.GetString()}'");
}
