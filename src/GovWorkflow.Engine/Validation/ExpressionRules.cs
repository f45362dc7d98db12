using GovWorkflow.Engine.Model;

namespace GovWorkflow.Engine.Validation;

/// <summary>Checks expression texts: FEEL with an optional leading <c>=</c>; JUEL is refused with a hint.</summary>
internal sealed class ExpressionRules
{
    private readonly ValidationSink _sink;
    private readonly IExpressionSyntaxChecker? _checker;

    public ExpressionRules(ValidationSink sink, IExpressionSyntaxChecker? checker)
    {
        _sink = sink;
        _checker = checker;
    }

    public static bool IsFeel(string text) => text.TrimStart().StartsWith('=');

    public static bool IsJuel(string text) =>
        text.Contains("${", StringComparison.Ordinal) || text.Contains("#{", StringComparison.Ordinal);

    /// <summary>Checks a text that is always an expression (conditions, cardinality, collection).</summary>
    public void Check(string? text, BpmnElement element, string what)
    {
        if (text is null)
        {
            return;
        }

        if (IsJuel(text))
        {
            ReportJuel(text, element, what);
            return;
        }

        var body = text.Trim();
        if (body.StartsWith('='))
        {
            body = body[1..].Trim();
        }

        if (body.Length == 0)
        {
            _sink.Report(BpmnProblemCodes.ExpressionInvalid, $"{what}为空：请写出 FEEL 表达式，例如 =amount > 1000。", element);
            return;
        }

        if (CallChecker(body) is { } error)
        {
            _sink.Report(BpmnProblemCodes.ExpressionInvalid, $"{what}“{text.Trim()}”有语法错误：{error}", element);
        }
    }

    /// <summary>Checks a text that is a literal unless it starts with <c>=</c> (assignees, working days).</summary>
    public void CheckLiteralOrFeel(string? text, BpmnElement element, string what)
    {
        if (text is null)
        {
            return;
        }

        if (IsJuel(text))
        {
            ReportJuel(text, element, what);
        }
        else if (IsFeel(text))
        {
            Check(text, element, what);
        }
    }

    private string? CallChecker(string body)
    {
        if (_checker is null)
        {
            return null;
        }

        // A plug-in must not break validation; its failure is reported as the expression's problem.
        try
        {
            return _checker.Check(body);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"表达式检查器出错（{ex.GetType().Name}）。";
        }
    }

    private void ReportJuel(string text, BpmnElement element, string what) =>
        _sink.Report(
            BpmnProblemCodes.ExpressionJuel,
            $"{what}“{text.Trim()}”是 JUEL 表达式，引擎不支持：请改写为 FEEL，例如 ${{approved == true}} 写作 =approved = true。",
            element);
}
