using GovWorkflow.Engine.Model;

namespace GovWorkflow.Engine.Validation;

/// <summary>Checks that a parsed document can run on this engine and reports every reason it cannot; never throws.</summary>
/// <remarks>
/// Parsing accepts any BPMN 2.0; execution supports a subset (docs/definitions.md). This step reports each element
/// outside the subset and each missing detail (a timer without a duration, a gateway flow without a condition …) with
/// element id and line, so that a designer sees the whole list at once. It is separate from parsing because the designer
/// must be able to open and save files that do not run yet.
/// </remarks>
public static class ExecutableValidator
{
    /// <summary>Validates one process of the document.</summary>
    /// <param name="document">A document returned by the parser.</param>
    /// <param name="processId">The process to validate; when null, the single executable process, else the single process.</param>
    /// <param name="expressions">Checks FEEL syntax when given; without it, only empty and JUEL expressions are reported.</param>
    /// <returns>The problems in document order; empty when the process can run.</returns>
    public static IReadOnlyList<BpmnProblem> Validate(BpmnDocument document, string? processId = null, IExpressionSyntaxChecker? expressions = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sink = new ValidationSink(document.FileName);
        var process = Choose(document, processId, sink);
        if (process is not null)
        {
            new ProcessValidator(process, sink, new ExpressionRules(sink, expressions)).Run();
        }

        return [.. sink.Problems.OrderBy(p => p.Line).ThenBy(p => p.Column)];
    }

    /// <summary>The process <see cref="Validate"/> would check, or null when the choice is missing or ambiguous.</summary>
    public static BpmnProcess? ChooseProcess(BpmnDocument document, string? processId = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Choose(document, processId, new ValidationSink(document.FileName));
    }

    private static BpmnProcess? Choose(BpmnDocument document, string? processId, ValidationSink sink)
    {
        var ids = string.Join("、", document.Processes.Select(p => p.Id));
        if (processId is not null)
        {
            var found = document.FindProcess(processId);
            if (found is null)
            {
                sink.Report(BpmnProblemCodes.ProcessNotFound, $"文件中没有 id 为“{processId}”的流程；已有的流程：{(ids.Length > 0 ? ids : "无")}。", document.Definitions);
            }

            return found;
        }

        var executable = document.Processes.Where(p => p.IsExecutable).ToList();
        if (executable.Count == 1)
        {
            return executable[0];
        }

        if (executable.Count == 0 && document.Processes.Count == 1)
        {
            return document.Processes[0];
        }

        if (document.Processes.Count == 0)
        {
            sink.Report(BpmnProblemCodes.NoProcess, "文件中没有流程（process）：请在设计器中画出流程后再发布。", document.Definitions);
        }
        else
        {
            sink.Report(BpmnProblemCodes.ProcessAmbiguous, $"无法确定要执行的流程：文件中有多个{(executable.Count > 1 ? "可执行" : string.Empty)}流程（{ids}）。请只把一个流程标为 isExecutable=\"true\"，或用 --process 指定流程 id。", document.Definitions);
        }

        return null;
    }
}
