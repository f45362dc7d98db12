using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using GovWorkflow.Domain.Cases;
using NodaTime;
using NodaTime.Text;

namespace GovWorkflow.Activities.Cases;

/// <summary>The JSON form of case files and clock snapshots in the store: days as <c>yyyy-MM-dd</c>, instants as ISO text, enums by name.</summary>
public static class CaseJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(), new LocalDateConverter(), new InstantConverter() },
    };

    /// <summary>Writes a case file.</summary>
    public static string Serialize(CaseFile file) => JsonSerializer.Serialize(file with { Version = 0 }, Options);

    /// <summary>Reads a case file, with the version of its row.</summary>
    public static CaseFile DeserializeCase(string json, long version) =>
        (JsonSerializer.Deserialize<CaseFile>(json, Options) ?? throw new JsonException("Empty case file.")) with { Version = version };

    /// <summary>Writes a clock snapshot.</summary>
    public static string Serialize(ClockSnapshot clock) => JsonSerializer.Serialize(clock, Options);

    /// <summary>Reads a clock snapshot.</summary>
    public static ClockSnapshot DeserializeClock(string json) => JsonSerializer.Deserialize<ClockSnapshot>(json, Options) ?? ClockSnapshot.NotStarted;

    private sealed class LocalDateConverter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            LocalDatePattern.Iso.Parse(reader.GetString() ?? string.Empty).GetValueOrThrow();

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private sealed class InstantConverter : JsonConverter<Instant>
    {
        public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            InstantPattern.ExtendedIso.Parse(reader.GetString() ?? string.Empty).GetValueOrThrow();

        public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
            writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }
}
