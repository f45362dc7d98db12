using GovWorkflow.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace GovWorkflow.Runtime.TestHost;

/// <summary>Starts a runtime host as the drivers need it: the system clock, warnings only, the given options.</summary>
internal static class RuntimeNode
{
    public static async Task<IHost> StartAsync(RuntimeOptions options)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddGovWorkflowRuntime(options);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
