using GovWorkflow.Cli.Hosting;
using NodaTime;

namespace GovWorkflow.Cli.Tests.TestSupport;

/// <summary>Runs govwf in-process with a fixed clock, from the repository root, capturing both streams.</summary>
internal static class Govwf
{
    public static readonly Instant DefaultNow = Instant.FromUtc(2026, 3, 2, 1, 0);

    public static async Task<GovwfResult> RunAsync(params string[] args) => await RunInAsync(RepositoryRoot, args);

    public static async Task<GovwfResult> RunInAsync(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GovwfApp.RunAsync(args, new CliContext(new FixedClock(DefaultNow), output, error, workingDirectory));
        return new GovwfResult(code, output.ToString(), error.ToString());
    }

    public static string RepositoryRoot => RepositoryPaths.Root;
}
