using System.CommandLine;
using System.Globalization;
using GovWorkflow.Activities.Scenarios;
using GovWorkflow.Cli.Hosting;
using NodaTime;
using NodaTime.Text;

namespace GovWorkflow.Cli.Scenarios;

/// <summary>
/// <c>govwf simulate BUNDLE --scenario FILE [--runs N] [--start DATE] [--seed S]</c>: time travel over the business
/// calendar in memory; for one run the case's working days against its limits, for N runs the distribution.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new ScenarioInputs();
        var runs = new Option<int>("--runs") { Description = "运行次数；多于 1 次时各步用时按场景中的分布随机抽取", DefaultValueFactory = _ => 1, HelpName = "N" };
        var start = new Option<string?>("--start") { Description = "开始日期（yyyy-MM-dd），替换场景中的日期，时刻不变", HelpName = "DATE" };
        var seed = new Option<int>("--seed") { Description = "随机种子：第 i 次运行使用 seed+i，结果可复现", DefaultValueFactory = _ => 1, HelpName = "S" };
        var command = new Command("simulate", "模拟一件事：按场景在内存中快进办理，统计工作日用时、超期比例和预警，发布前检验是否守诺");
        inputs.AddTo(command);
        command.Add(runs);
        command.Add(start);
        command.Add(seed);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(runs);
            if (count is < 1 or > 1_000_000)
            {
                await context.Error.WriteLineAsync("govwf: --runs 应在 1 到 1000000 之间。").ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            if (!TryReadStart(parse.GetValue(start), out var startOn))
            {
                await context.Error.WriteLineAsync($"govwf: --start {parse.GetValue(start)} 无效：日期格式为 yyyy-MM-dd。").ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            if (inputs.Load(parse, context) is not var (samples, scenario, statutoryClock))
            {
                return ExitCodes.InputError;
            }

            try
            {
                var simulator = new Simulator(samples, statutoryClock);
                var progress = count > 1 ? new ProgressBar(context.Error, count) : null;
                var summary = await simulator.RunAsync(scenario, count, parse.GetValue(seed), startOn, progress, cancellationToken).ConfigureAwait(false);
                progress?.Finish();
                await context.Out.WriteLineAsync($"{samples.Bundle.Name}：{scenario.Name}").ConfigureAwait(false);
                if (count == 1)
                {
                    var single = summary.Cases[0];
                    await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"办件 {single.CaseId}：{single.Outcome}；用时 {single.WorkingDaysUsed} 个工作日（公布承诺 {single.OriginalPromise}{(single.Extended ? $"，延期后 {single.PromisedLimit}" : string.Empty)}，法定 {single.StatutoryLimit}）{(single.OriginalPromiseBroken ? "，超出承诺时限" : "，守诺")}；黄色预警 {single.Warnings} 次。")).ConfigureAwait(false);
                }
                else
                {
                    await context.Out.WriteLineAsync(summary.ToString()).ConfigureAwait(false);
                }

                return ExitCodes.Success;
            }
            catch (ScenarioException ex)
            {
                await context.Error.WriteLineAsync().ConfigureAwait(false);
                return ScenarioInputs.Report(context, ex.Error);
            }
        });
        return command;
    }

    private static bool TryReadStart(string? text, out LocalDate? startOn)
    {
        startOn = null;
        if (text is null)
        {
            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        startOn = parsed.Success ? parsed.Value : null;
        return parsed.Success;
    }
}
