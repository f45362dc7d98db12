namespace GovWorkflow.Engine.Expressions;

/// <summary><c>a.b</c>: an entry of a context, a property of a date or duration, or the entry of every item of a list.</summary>
internal sealed class PathNode(FeelNode target, string member) : FeelNode(target)
{
    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope) => Select(target.Evaluate(context, scope), member);

    private static FeelValue Select(FeelValue value, string member)
    {
        switch (value.Kind)
        {
            case FeelValueKind.Context:
                return value.TryGetEntry(member, out var entry) ? entry : FeelValue.Null;
            case FeelValueKind.List:
                var items = value.ListItems;
                var result = new FeelValue[items.Length];
                for (var i = 0; i < items.Length; i++)
                {
                    result[i] = Select(items[i], member);
                }

                return FeelValue.FromArray(result);
            case FeelValueKind.Date or FeelValueKind.DateTime or FeelValueKind.DaysTimeDuration or FeelValueKind.YearsMonthsDuration:
                return FeelProperties.Get(value, member);
            default:
                return FeelValue.Null;
        }
    }
}
