namespace GovWorkflow.Benchmarks.Engine;

/// <summary>Finds the shared reference data from wherever BenchmarkDotNet runs the benchmark process (inside the repository's bin folder).</summary>
internal static class BenchPaths
{
    public static string SharedData => Path.GetFullPath(Path.Combine(Repository, "..", "shared", "data"));

    /// <summary>The repository root: the folder holding GovWorkflow.sln above the running benchmark.</summary>
    public static string Repository
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GovWorkflow.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("GovWorkflow.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
