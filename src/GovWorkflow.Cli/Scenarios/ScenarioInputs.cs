using System.CommandLine;
using GovWorkflow.Activities.Samples;
using GovWorkflow.Cli.Hosting;
using GovWorkflow.Domain.Deadlines;
using GovWorkflow.Domain.Errors;
using GovWorkflow.Domain.Scenarios;

namespace GovWorkflow.Cli.Scenarios;

/// <summary>What <c>govwf run</c> and <c>govwf simulate</c> share: the bundle argument, the scenario option and the calendar.</summary>
internal sealed class ScenarioInputs
{
    public Argument<string> Bundle { get; } = new("BUNDLE")
    {
        Description = "一件事：bundle.yaml 所在目录或文件，或 samples/bundles 下的编码（如 restaurant-opening）",
    };

    public Option<string> Scenario { get; } = new("--scenario")
    {
        Description = "场景文件：路径，或该一件事 scenarios 目录下的文件名（可省略 .yaml）",
        HelpName = "FILE",
        Required = true,
    };

    public CalendarSource Calendar { get; } = new();

    public void AddTo(Command command)
    {
        command.Add(Bundle);
        command.Add(Scenario);
        Calendar.AddTo(command);
    }

    /// <summary>Loads the bundle, its samples, the scenario and the statutory clock, or reports every problem and returns null.</summary>
    public (SampleSet Samples, Scenario Scenario, StatutoryClock Clock)? Load(ParseResult parse, CliContext context)
    {
        var bundleArgument = parse.GetValue(Bundle)!;
        var bundlePath = context.Resolve(bundleArgument);
        if (!Directory.Exists(bundlePath) && !File.Exists(bundlePath))
        {
            var named = context.Resolve(Path.Combine("samples", "bundles", bundleArgument));
            if (Directory.Exists(named))
            {
                bundlePath = named;
            }
        }

        var (samples, errors) = SampleSet.Load(bundlePath);
        if (samples is null)
        {
            ErrorReporter.Report(context, errors);
            return null;
        }

        var scenarioPath = ResolveScenario(context, bundlePath, parse.GetValue(Scenario)!);
        var (scenario, scenarioErrors) = ScenarioLoader.Load(scenarioPath);
        if (scenario is null)
        {
            ErrorReporter.Report(context, scenarioErrors);
            return null;
        }

        var calendar = Calendar.Load(parse, context);
        if (calendar.Calendar is null)
        {
            ErrorReporter.Report(context, calendar.Errors);
            return null;
        }

        CalendarSource.ReportFallback(calendar.Calendar, context);
        return (samples, scenario, new StatutoryClock(calendar.Calendar, new DeadlineOptions()));
    }

    private static string ResolveScenario(CliContext context, string bundlePath, string scenario)
    {
        var direct = context.Resolve(scenario);
        if (File.Exists(direct))
        {
            return direct;
        }

        var folder = Directory.Exists(bundlePath) ? bundlePath : Path.GetDirectoryName(bundlePath)!;
        foreach (var candidate in new[] { Path.Combine(folder, "scenarios", scenario), Path.Combine(folder, "scenarios", scenario + ".yaml") })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return direct;
    }

    /// <summary>Reports a scenario that could not go on.</summary>
    public static int Report(CliContext context, DomainError error) => ErrorReporter.Report(context, [error]);
}
