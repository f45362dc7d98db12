using GovWorkflow.Engine.Model;

namespace GovWorkflow.Engine.Execution;

/// <summary>The result of compiling a process: the executable form, or every problem that prevents it.</summary>
/// <param name="Process">The compiled process, or null when there are problems.</param>
/// <param name="Problems">Problems with file, line, column and element id; empty on success.</param>
public sealed record ProcessCompilation(ExecutableProcess? Process, IReadOnlyList<BpmnProblem> Problems);
