namespace GovWorkflow.Domain.Tests.TestSupport;

/// <summary>Finds the repository root and the shared reference data beside it.</summary>
internal static class RepositoryPaths
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

    public static string SharedHolidays => Path.Combine(SharedData, "holiday-cn");

    public static string Samples => Path.Combine(Root, "samples");
}
