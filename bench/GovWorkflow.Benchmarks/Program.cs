using BenchmarkDotNet.Running;
using GovWorkflow.Benchmarks.Runtime;
using GovWorkflow.Benchmarks.Server;

// dotnet run -c Release --project bench/GovWorkflow.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/GovWorkflow.Benchmarks -- runtime [--provider sqlite|postgres|both] [--quick]
// dotnet run -c Release --project bench/GovWorkflow.Benchmarks -- server [--seconds 120] [--approvers 50]
if (args.Length > 0 && args[0] == "runtime")
{
    return await RuntimeCommand.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "server")
{
    return await ServerCommand.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(RuntimeCommand).Assembly).Run(args);
return 0;
