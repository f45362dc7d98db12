namespace GovWorkflow.Engine.Expressions;

/// <summary>A unary test such as <c>&gt;= 18</c>: the input compared with the endpoint.</summary>
internal sealed class ComparisonTest(ComparisonOperator op, FeelNode endpoint) : UnaryTest(endpoint)
{
    public override FeelValue Test(FeelValue input, FeelEvaluationContext context, FeelScope? scope) =>
        ComparisonNode.Apply(op, input, endpoint.Evaluate(context, scope));
}
