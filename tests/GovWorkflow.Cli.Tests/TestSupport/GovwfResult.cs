namespace GovWorkflow.Cli.Tests.TestSupport;

internal sealed record GovwfResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
