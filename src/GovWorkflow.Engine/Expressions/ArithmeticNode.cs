namespace GovWorkflow.Engine.Expressions;

/// <summary><c>a + b</c>, <c>a - b</c>, <c>a * b</c>, <c>a / b</c>, <c>a ** b</c>.</summary>
/// <remarks>Numbers take <see cref="TryEvaluateNumber"/>, which works on decimals and allocates nothing; other types go through <see cref="FeelOperations"/>.</remarks>
internal sealed class ArithmeticNode(ArithmeticOperator op, FeelNode left, FeelNode right) : FeelNode(left, right)
{
    public override bool IsNumeric => true;

    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope)
    {
        if (TryEvaluateNumber(context, scope, out var number))
        {
            return FeelValue.Number(number);
        }

        var l = left.Evaluate(context, scope);
        var r = right.Evaluate(context, scope);
        return op switch
        {
            ArithmeticOperator.Add => FeelOperations.Add(l, r),
            ArithmeticOperator.Subtract => FeelOperations.Subtract(l, r),
            ArithmeticOperator.Multiply => FeelOperations.Multiply(l, r),
            ArithmeticOperator.Divide => FeelOperations.Divide(l, r),
            _ => FeelValue.Null,
        };
    }

    public override bool TryEvaluateNumber(FeelEvaluationContext context, FeelScope? scope, out decimal value)
    {
        value = 0m;
        if (!left.TryEvaluateNumber(context, scope, out var l) || !right.TryEvaluateNumber(context, scope, out var r))
        {
            return false;
        }

        try
        {
            switch (op)
            {
                case ArithmeticOperator.Add:
                    value = l + r;
                    return true;
                case ArithmeticOperator.Subtract:
                    value = l - r;
                    return true;
                case ArithmeticOperator.Multiply:
                    value = l * r;
                    return true;
                case ArithmeticOperator.Divide:
                    return FeelOperations.TryDivide(l, r, out value);
                default:
                    return FeelOperations.TryPower(l, r, out value);
            }
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
