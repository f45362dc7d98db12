using GovWorkflow.Cli.Hosting;
using NodaTime;

// The composition root: the only place that chooses the real clock and the real console.
return await GovwfApp.RunAsync(args, new CliContext(SystemClock.Instance, Console.Out, Console.Error, Directory.GetCurrentDirectory()));
