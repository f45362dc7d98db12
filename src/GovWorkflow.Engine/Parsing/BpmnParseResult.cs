using GovWorkflow.Engine.Model;

namespace GovWorkflow.Engine.Parsing;

/// <summary>What <see cref="BpmnParser"/> returns: the document when the XML could be read, and every problem found.</summary>
/// <remarks>
/// A document comes back even with problems (a dangling reference, a duplicate id) so that tools can still show and
/// repair it; it is null only when the XML is not well-formed or is not BPMN.
/// </remarks>
/// <param name="Document">The parsed document, or null when the file could not be read as BPMN.</param>
/// <param name="Problems">Every problem, in document order.</param>
public sealed record BpmnParseResult(BpmnDocument? Document, IReadOnlyList<BpmnProblem> Problems)
{
    /// <summary>True when a document was read and no problem was found.</summary>
    public bool Success => Document is not null && Problems.Count == 0;
}
