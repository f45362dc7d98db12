namespace GovWorkflow.Engine.Expressions;

/// <summary>A range <c>[1..5]</c>, <c>(1..5)</c>, <c>]1..5[</c> or <c>[1..5)</c>: closed ends include the endpoint.</summary>
internal sealed class RangeTest(FeelNode start, bool startClosed, FeelNode end, bool endClosed) : UnaryTest(start, end)
{
    public override FeelValue Test(FeelValue input, FeelEvaluationContext context, FeelScope? scope)
    {
        var low = FeelOperations.Compare(input, start.Evaluate(context, scope));
        var high = FeelOperations.Compare(input, end.Evaluate(context, scope));
        if (low is null || high is null)
        {
            return FeelValue.Null;
        }

        var aboveStart = startClosed ? low >= 0 : low > 0;
        var belowEnd = endClosed ? high <= 0 : high < 0;
        return FeelValue.Boolean(aboveStart && belowEnd);
    }
}
