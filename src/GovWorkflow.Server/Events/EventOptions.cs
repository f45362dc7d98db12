namespace GovWorkflow.Server.Events;

/// <summary>The event stream (configuration section <c>Events</c>).</summary>
public sealed class EventOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Events";

    /// <summary>How often each open stream polls the database, in seconds. Default 5; 1 to 300.</summary>
    public int PollSeconds { get; set; } = 5;

    /// <summary>The poll interval.</summary>
    public TimeSpan PollInterval => TimeSpan.FromSeconds(PollSeconds);

    /// <summary>Every problem with these settings, naming the key; empty when usable.</summary>
    public IReadOnlyList<string> Validate() =>
        PollSeconds is < 1 or > 300 ? ["Events:PollSeconds 应在 1 到 300 秒之间（默认 5）。"] : [];
}
