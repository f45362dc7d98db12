namespace GovWorkflow.Runtime.Tests.TestSupport;

/// <summary>Compares a text with its <c>*.verified.txt</c> file next to the test; on a difference writes <c>*.received.txt</c> beside it.</summary>
/// <remarks>Accepting a change is on purpose: review the received file and rename it over the verified one.</remarks>
internal static class Golden
{
    /// <param name="actual">The text produced by the test.</param>
    /// <param name="relativePath">The verified file's path from the repository root, without <c>.verified.txt</c>.</param>
    /// <param name="variant">Names the received file when several tests share one verified file (e.g. the provider).</param>
    public static void AssertMatches(string actual, string relativePath, string variant)
    {
        var basePath = Path.Combine(RepositoryPaths.Root, relativePath);
        var verified = basePath + ".verified.txt";
        var received = $"{basePath}.{variant}.received.txt";
        actual = actual.ReplaceLineEndings("\n");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No verified file {verified}: review {received} and rename it to accept it."
            : $"{received} differs from {verified}: compare them, fix the code or, if the change is meant, accept it by renaming.");
    }
}
