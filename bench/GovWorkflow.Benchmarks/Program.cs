using BenchmarkDotNet.Running;
using GovWorkflow.Benchmarks.Runtime;

// dotnet run -c Release --project bench/GovWorkflow.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/GovWorkflow.Benchmarks -- runtime [--provider sqlite|postgres|both] [--quick]
if (args.Length > 0 && args[0] == "runtime")
{
    return await RuntimeCommand.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
