namespace GovWorkflow.Engine.Expressions;

/// <summary>A name: a bound name, an entry of the filtered item, or a variable; null when none of these.</summary>
internal sealed class NameNode(string name) : FeelNode
{
    public string Name { get; } = name;

    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope) =>
        FeelScope.TryResolve(scope, Name, context, out var value) ? value : FeelValue.Null;
}
