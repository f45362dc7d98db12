using System.CommandLine;
using GovWorkflow.Activities.Scenarios;
using GovWorkflow.Cli.Hosting;
using GovWorkflow.Runtime.Persistence;
using NodaTime;

namespace GovWorkflow.Cli.Scenarios;

/// <summary><c>govwf run BUNDLE --scenario FILE</c>: plays a scenario on the embedded SQLite runtime with time travel and prints the case timeline.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new ScenarioInputs();
        var data = new Option<string?>("--data")
        {
            Description = "SQLite 数据目录；默认每次新建一个临时目录（同一目录中办件编号不能重复）",
            HelpName = "DIR",
        };
        var caseId = new Option<string?>("--case") { Description = "办件编号；默认取场景文件中的 case", HelpName = "ID" };
        var command = new Command("run", "在内置 SQLite 运行时上按场景办理一件事（时间快进，不等待），打印办件时间线");
        inputs.AddTo(command);
        command.Add(data);
        command.Add(caseId);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (inputs.Load(parse, context) is not var (samples, scenario, statutoryClock))
            {
                return ExitCodes.InputError;
            }

            var folder = parse.GetValue(data) is { } given ? context.Resolve(given) : Path.Combine(Path.GetTempPath(), "govwf-run-" + Guid.NewGuid().ToString("N")[..12]);
            var clock = new TravelClock(Instant.MinValue);
            try
            {
                var cases = await DurableCases.OpenAsync(new DatabaseOptions { DataFolder = folder }, samples, statutoryClock, clock, cancellationToken).ConfigureAwait(false);
                var run = await cases.Runner.RunAsync(samples.Bundle, scenario, caseId: parse.GetValue(caseId), cancellationToken: cancellationToken).ConfigureAwait(false);
                await context.Out.WriteLineAsync($"{samples.Bundle.Name}：{scenario.Name}").ConfigureAwait(false);
                await context.Out.WriteAsync(TimelinePrinter.Print(run)).ConfigureAwait(false);
                await context.Out.WriteLineAsync($"数据库：{Path.Combine(folder, DatabaseOptions.SqliteFileName)}").ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (ScenarioException ex)
            {
                return ScenarioInputs.Report(context, ex.Error);
            }
            catch (RuntimeSchemaException ex)
            {
                return ScenarioInputs.Report(context, ex.Error);
            }
        });
        return command;
    }
}
