using NodaTime;

namespace GovWorkflow.Server.Hosting;

/// <summary>The server's own settings (configuration section <c>Server</c>).</summary>
/// <remarks>The database is configured apart, in the runtime's <c>Database</c> section.</remarks>
public sealed class ServerOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Server";

    /// <summary>
    /// The samples folder (catalog, people.yaml, licenses.yaml, bundles/). Default empty: the nearest <c>samples</c>
    /// folder above the working folder or the application folder.
    /// </summary>
    public string? Samples { get; set; }

    /// <summary>The password the demo users get when they are seeded on first run. Default <c>Demo@2026</c>; at least 8 characters.</summary>
    public string DemoPassword { get; set; } = "Demo@2026";

    /// <summary>
    /// Whether this is a demo. Default unset: a demo in the <c>Development</c> and <c>Testing</c> environments only.
    /// <c>true</c> lets the demo users be seeded in <c>Production</c> too (they must still change their password
    /// there); <c>false</c> makes every seeded user change the password before anything else, in any environment.
    /// </summary>
    public bool? Demo { get; set; }

    /// <summary>Failed sign-ins in a row that lock an account. Default 5; 1 to 100.</summary>
    public int LockoutThreshold { get; set; } = 5;

    /// <summary>How long a locked account stays locked, in minutes. Default 15; 1 to 1440.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>The lock-out as a duration.</summary>
    public Duration Lockout => Duration.FromMinutes(LockoutMinutes);

    /// <summary>Every problem with these settings, naming the key; empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (DemoPassword.Length < 8)
        {
            problems.Add("Server:DemoPassword 至少 8 个字符。");
        }

        if (LockoutThreshold is < 1 or > 100)
        {
            problems.Add("Server:LockoutThreshold 应在 1 到 100 之间（默认 5）。");
        }

        if (LockoutMinutes is < 1 or > 1440)
        {
            problems.Add("Server:LockoutMinutes 应在 1 到 1440 之间（默认 15）。");
        }

        return problems;
    }
}
