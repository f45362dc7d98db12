using System.CommandLine;
using GovWorkflow.Cli.Calendar;
using GovWorkflow.Cli.Catalog;
using GovWorkflow.Cli.Deadlines;
using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Cli.Hosting;

/// <summary>The <c>govwf</c> command tree; later features add their commands here.</summary>
internal static class GovwfApp
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("govwf：GovWorkflow 命令行工具（一件事审批编排平台）");
        root.Add(CalendarCommand.Create(context));
        root.Add(CatalogCommand.Create(context));
        root.Add(DeadlineCommand.Create(context));
        root.Add(GovWorkflow.Cli.Definitions.ValidateCommand.Create(context));
        root.Add(GovWorkflow.Cli.Scenarios.RunCommand.Create(context));
        root.Add(GovWorkflow.Cli.Scenarios.SimulateCommand.Create(context));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        var root = Build(context);
        var parse = root.Parse(args);

        // Usage errors exit with 2 like data errors; 1 is the "no" of is-working-day.
        if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync("govwf: " + error.Message).ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync("govwf: 运行 govwf --help 或 govwf <命令> --help 查看用法。").ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        // Domain errors are the user's to fix and are printed as such; anything else is our bug and keeps its stack trace.
        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (DomainException ex)
        {
            return ErrorReporter.Report(context, ex.Errors);
        }
    }
}
