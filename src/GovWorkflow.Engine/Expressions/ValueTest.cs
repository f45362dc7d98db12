namespace GovWorkflow.Engine.Expressions;

/// <summary>A unary test that is a plain expression: the input equals its value, or is an item of it when it is a list.</summary>
internal sealed class ValueTest(FeelNode expected) : UnaryTest(expected)
{
    public override FeelValue Test(FeelValue input, FeelEvaluationContext context, FeelScope? scope)
    {
        var value = expected.Evaluate(context, scope);
        if (value.Kind != FeelValueKind.List)
        {
            return FeelOperations.Equal(input, value);
        }

        foreach (var item in value.ListItems)
        {
            if (FeelOperations.Equal(input, item).IsTrue)
            {
                return FeelValue.True;
            }
        }

        return FeelOperations.Equal(input, value).IsTrue ? FeelValue.True : FeelValue.False;
    }
}
