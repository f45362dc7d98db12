namespace GovWorkflow.Engine.Tests.TestSupport;

/// <summary>Golden-file (snapshot) assertions; Verify is not available here, so this is ours.</summary>
/// <remarks>Set <c>GOVWF_UPDATE_GOLDEN=1</c> to rewrite the files after an intended change, then review the diff.</remarks>
internal static class Golden
{
    public static void AssertMatches(string path, string actual)
    {
        path = Path.GetFullPath(path);
        if (Environment.GetEnvironmentVariable("GOVWF_UPDATE_GOLDEN") == "1" || !File.Exists(path))
        {
            var existed = File.Exists(path);
            File.WriteAllText(path, actual);
            Assert.True(existed, $"Golden file {path} was missing and has been written: review it and commit it.");
            return;
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == actual, $"{path} differs from the actual output (set GOVWF_UPDATE_GOLDEN=1 to accept):\n{actual}");
    }
}
