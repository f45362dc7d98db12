using GovWorkflow.Engine.Expressions;
using static GovWorkflow.Engine.Tests.Expressions.Feel;

namespace GovWorkflow.Engine.Tests.Expressions;

public sealed class FeelAllocationTests
{
    [Theory]
    [InlineData("refuse = true")]
    [InlineData("nrOfCompletedInstances >= nrOfInstances * 0.6")]
    [InlineData("材料齐全 and not(refuse) or 申请金额 between 1 and 50000")]
    [InlineData("申请金额 in [1..50000]")]
    public void Evaluate_TypicalConditions_AllocatesNothing(string text)
    {
        var expression = Parse(text);
        var context = Context(
            ("refuse", FeelValue.True),
            ("nrOfInstances", N(5)),
            ("nrOfCompletedInstances", N(3)),
            ("材料齐全", FeelValue.True),
            ("申请金额", N(12000.50m)));
        expression.Evaluate(context);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            expression.Evaluate(context);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
