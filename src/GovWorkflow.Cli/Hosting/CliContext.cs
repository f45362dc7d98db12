using NodaTime;

namespace GovWorkflow.Cli.Hosting;

/// <summary>What a command may touch: the clock, the output streams and the working folder.</summary>
/// <remarks>Passed in rather than read from statics so that tests run commands in-process with a fixed clock.</remarks>
/// <param name="Clock">The clock; the only source of "now".</param>
/// <param name="Out">Standard output: the result a script reads.</param>
/// <param name="Error">Standard error: problems and notices for people.</param>
/// <param name="WorkingDirectory">The folder relative paths are resolved against.</param>
internal sealed record CliContext(IClock Clock, TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>Resolves a path given on the command line against the working folder.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));
}
