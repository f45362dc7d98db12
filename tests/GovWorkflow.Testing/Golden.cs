namespace GovWorkflow.Testing;

/// <summary>Golden-file (snapshot) assertions; Verify is not available here, so this is ours.</summary>
/// <remarks>
/// On a difference, or when the verified file is missing, the output is written beside it as <c>*.received.txt</c>
/// (git ignores those) and the test fails: accept a change on purpose by reviewing the received file and renaming it
/// over the verified one, or run with <c>GOVWF_UPDATE_GOLDEN=1</c> to rewrite the verified files, then review the diff.
/// </remarks>
public static class Golden
{
    /// <summary>Fails unless <paramref name="actual"/> equals the text of <paramref name="path"/> (a <c>*.verified.txt</c> file; line endings normalised).</summary>
    /// <param name="path">The verified file.</param>
    /// <param name="actual">The output.</param>
    /// <param name="variant">Names the received file when several tests share one verified file (the provider, say).</param>
    /// <exception cref="GoldenMismatchException">The text differs, or the file is missing.</exception>
    public static void AssertMatches(string path, string actual, string? variant = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(actual);
        path = Path.GetFullPath(path);
        actual = actual.ReplaceLineEndings("\n");
        var stem = path.EndsWith(".verified.txt", StringComparison.Ordinal) ? path[..^".verified.txt".Length] : path;
        var received = variant is null ? stem + ".received.txt" : $"{stem}.{variant}.received.txt";
        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("GOVWF_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        File.WriteAllText(received, actual);
        throw new GoldenMismatchException(expected is null
            ? $"No verified file {path}: review {received} and rename it to accept it."
            : $"{received} differs from {path}: compare them, then fix the code or, if the change is meant, accept it by renaming.");
    }
}
