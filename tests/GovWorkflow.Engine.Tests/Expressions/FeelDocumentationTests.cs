using GovWorkflow.Engine.Expressions;
using NodaTime;
using static GovWorkflow.Engine.Tests.Expressions.Feel;

namespace GovWorkflow.Engine.Tests.Expressions;

public sealed class FeelDocumentationTests
{
    [Fact]
    public void GatewayExamples_InDocsExpressions_ParseAndHold()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "expressions.md"));
        var block = doc[(doc.IndexOf("### Gateway examples", StringComparison.Ordinal) + 1)..];
        block = block[(block.IndexOf("```", StringComparison.Ordinal) + 3)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];
        var context = Context(
            ("材料齐全", FeelValue.True),
            ("refuse", FeelValue.True),
            ("需要现场核查", FeelValue.False),
            ("申请金额", N(12000)),
            ("审批结果", S("同意")),
            ("附件", L(C(("类型", S("营业执照"))))),
            ("受理日期", FeelValue.Date(new LocalDate(2026, 2, 13))),
            ("申请人", C(("出生日期", FeelValue.Date(new LocalDate(2000, 1, 1))))),
            ("nrOfCompletedInstances", N(3)),
            ("nrOfInstances", N(5)),
            ("会签意见", L(C(("结论", S("同意"))), C(("结论", S("不同意"))))));
        var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(9, lines.Length);
        foreach (var line in lines)
        {
            Assert.True(Parse(line).Evaluate(context).IsTrue, line);
        }
    }
}
