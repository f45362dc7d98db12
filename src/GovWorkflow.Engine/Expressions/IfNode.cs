namespace GovWorkflow.Engine.Expressions;

/// <summary><c>if c then a else b</c>: the then-branch only when the condition is exactly true.</summary>
internal sealed class IfNode(FeelNode condition, FeelNode then, FeelNode otherwise) : FeelNode(condition, then, otherwise)
{
    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope) =>
        condition.Evaluate(context, scope).IsTrue ? then.Evaluate(context, scope) : otherwise.Evaluate(context, scope);
}
