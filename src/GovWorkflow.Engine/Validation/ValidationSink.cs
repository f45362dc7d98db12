using GovWorkflow.Engine.Model;

namespace GovWorkflow.Engine.Validation;

/// <summary>Collects the problems of one validation run.</summary>
internal sealed class ValidationSink
{
    private readonly string _file;

    public ValidationSink(string file)
    {
        _file = file;
    }

    public List<BpmnProblem> Problems { get; } = [];

    public void Report(string code, string message, BpmnElement element) =>
        Problems.Add(new BpmnProblem(code, message, _file, element.Line, element.Column, element.Id.Length > 0 ? element.Id : null));

    public void Report(string code, string message, int line, int column, string? elementId) =>
        Problems.Add(new BpmnProblem(code, message, _file, line, column, elementId));
}
