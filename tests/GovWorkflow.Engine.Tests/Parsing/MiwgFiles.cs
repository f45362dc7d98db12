using GovWorkflow.Engine.Parsing;

namespace GovWorkflow.Engine.Tests.Parsing;

/// <summary>The OMG BPMN MIWG reference models in ../shared/data.</summary>
internal static class MiwgFiles
{
    public static string Folder => Path.Combine(RepositoryPaths.SharedData, "bpmn-miwg", "Reference");

    public static IReadOnlyList<string> All => [.. Directory.GetFiles(Folder, "*.bpmn").Order(StringComparer.Ordinal)];

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static BpmnParseResult Parse(string name)
    {
        using var stream = File.OpenRead(PathOf(name));
        return BpmnParser.Parse(stream, name);
    }
}
