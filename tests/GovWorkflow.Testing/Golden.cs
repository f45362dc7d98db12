namespace GovWorkflow.Testing;

/// <summary>Golden-file (snapshot) assertions; Verify is not available here, so this is ours.</summary>
/// <remarks>
/// Set <c>GOVWF_UPDATE_GOLDEN=1</c> to rewrite the files after an intended change, then review the diff. A missing
/// file is written and the test fails, so a golden file is never accepted unseen.
/// </remarks>
public static class Golden
{
    /// <summary>Fails unless <paramref name="actual"/> equals the file's text (line endings normalised).</summary>
    /// <exception cref="GoldenMismatchException">The text differs, or the file was missing.</exception>
    public static void AssertMatches(string path, string actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        path = Path.GetFullPath(path);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("GOVWF_UPDATE_GOLDEN") == "1" || !File.Exists(path))
        {
            var existed = File.Exists(path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            if (!existed)
            {
                throw new GoldenMismatchException($"Golden file {path} was missing and has been written: review it and commit it.");
            }

            return;
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            throw new GoldenMismatchException($"{path} differs from the actual output (set GOVWF_UPDATE_GOLDEN=1 to accept):\n{actual}");
        }
    }
}
