namespace GovWorkflow.Server.Tests.Hosting;

/// <summary>
/// Tests that start servers of their own (another environment or other limits). Quartz keeps one scheduler per name
/// in the process, so these run alone, after the shared <see cref="ServerGroup"/>, one server at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class IsolatedServerGroup
{
    public const string Name = "isolated-server";
}
