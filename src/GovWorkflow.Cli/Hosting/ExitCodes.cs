namespace GovWorkflow.Cli.Hosting;

/// <summary>Process exit codes of govwf.</summary>
internal static class ExitCodes
{
    /// <summary>Success (for <c>is-working-day</c>: the date is a working day).</summary>
    public const int Success = 0;

    /// <summary>A "no" answer: <c>is-working-day</c> on a day off.</summary>
    public const int No = 1;

    /// <summary>Bad input or data: the errors were printed to standard error.</summary>
    public const int InputError = 2;
}
