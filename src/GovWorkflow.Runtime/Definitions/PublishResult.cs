using GovWorkflow.Engine.Model;
using GovWorkflow.Runtime.Persistence;

namespace GovWorkflow.Runtime.Definitions;

/// <summary>The result of uploading or publishing a definition: the version row, or every problem and nothing saved.</summary>
/// <param name="Definition">The saved version, or null.</param>
/// <param name="Problems">Problems with file, line, column and element id.</param>
public sealed record PublishResult(DefinitionRecord? Definition, IReadOnlyList<BpmnProblem> Problems)
{
    /// <summary>Whether it was saved.</summary>
    public bool Succeeded => Definition is not null;
}
