using System.Diagnostics;

namespace GovWorkflow.Runtime.Tests.Recovery;

/// <summary>Starts the runtime test host (tests/GovWorkflow.Runtime.TestHost) as a child process.</summary>
internal static class ChildProcess
{
    public static Process Start(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(HostPath());
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info)!;
    }

    private static string HostPath()
    {
        // Same configuration and framework folder as this test assembly: bin/<Configuration>/<tfm>/.
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(RepositoryPaths.Root, "tests", "GovWorkflow.Runtime.TestHost", "bin", here.Parent!.Name, here.Name, "GovWorkflow.Runtime.TestHost.dll");
        Assert.True(File.Exists(path), "Test host not built: " + path);
        return path;
    }
}
