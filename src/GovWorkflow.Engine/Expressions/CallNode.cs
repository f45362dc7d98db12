namespace GovWorkflow.Engine.Expressions;

/// <summary>A call of a built-in function; arguments are evaluated left to right.</summary>
internal sealed class CallNode(FeelFunction function, FeelNode[] arguments) : FeelNode(arguments)
{
    public FeelFunction Function { get; } = function;

    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope)
    {
        if (arguments.Length <= ArgumentBuffer.Size)
        {
            var buffer = default(ArgumentBuffer);
            Span<FeelValue> values = buffer;
            values = values[..arguments.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                values[i] = arguments[i].Evaluate(context, scope);
            }

            return Function.Body(values, context);
        }

        var array = new FeelValue[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            array[i] = arguments[i].Evaluate(context, scope);
        }

        return Function.Body(array, context);
    }
}
