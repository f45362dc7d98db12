namespace GovWorkflow.Testing;

/// <summary>Finds the repository root and the shared reference data beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GovWorkflow.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GovWorkflow.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The folder holding <c>GovWorkflow.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The reference data folder <c>../shared/data</c>; tests that need it fail with a clear message without it.</summary>
    public static string SharedData
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
            return Directory.Exists(path)
                ? path
                : throw new InvalidOperationException($"Reference data not found at {path}: clone the repository beside ../shared.");
        }
    }

    /// <summary>The holiday-cn reference copies.</summary>
    public static string SharedHolidays => Path.Combine(SharedData, "holiday-cn");

    /// <summary>The repository's <c>samples/</c> folder.</summary>
    public static string Samples => Path.Combine(Root, "samples");
}
