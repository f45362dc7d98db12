using System.Globalization;

namespace GovWorkflow.Engine.Model;

/// <summary>A problem in a BPMN file, found by the parser or the executable validator.</summary>
/// <remarks>
/// Problems are values, never exceptions: every one is returned so a designer can fix a file in one pass.
/// <see cref="Code"/> is stable for programs (see <see cref="BpmnProblemCodes"/>); the message may be reworded.
/// </remarks>
/// <param name="Code">Stable code, e.g. <c>bpmn.duplicate-id</c>.</param>
/// <param name="Message">What is wrong and what to do, in Simplified Chinese.</param>
/// <param name="File">The file name given to the parser.</param>
/// <param name="Line">One-based line, or 0 when unknown.</param>
/// <param name="Column">One-based column, or 0 when unknown.</param>
/// <param name="ElementId">The id of the element concerned, or null.</param>
public sealed record BpmnProblem(string Code, string Message, string File, int Line, int Column, string? ElementId)
{
    /// <summary>Formats as <c>file:line:column element-id message [code]</c> (<c>-</c> when there is no element id).</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column} {(string.IsNullOrEmpty(ElementId) ? "-" : ElementId)} {Message} [{Code}]");
}
