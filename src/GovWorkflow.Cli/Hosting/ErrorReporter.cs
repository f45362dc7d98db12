using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Cli.Hosting;

/// <summary>Prints domain errors the way every govwf command does: <c>govwf: location: code: message</c>.</summary>
internal static class ErrorReporter
{
    public static int Report(CliContext context, IEnumerable<DomainError> errors)
    {
        foreach (var error in errors)
        {
            context.Error.WriteLine("govwf: " + error);
        }

        return ExitCodes.InputError;
    }
}
