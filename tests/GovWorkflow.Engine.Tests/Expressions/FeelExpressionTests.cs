using GovWorkflow.Engine.Expressions;
using static GovWorkflow.Engine.Tests.Expressions.Feel;

namespace GovWorkflow.Engine.Tests.Expressions;

public sealed class FeelExpressionTests
{
    [Theory]
    [InlineData("1", "1")]
    [InlineData("1.50", "1.50")]
    [InlineData(".5", "0.5")]
    [InlineData("-3", "-3")]
    [InlineData("\"a\\\"b\\\\c\\n\"", "\"a\\\"b\\\\c\\n\"")]
    [InlineData("\"\\u4e2d\"", "\"中\"")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("null", "null")]
    [InlineData("[1, 2, 3]", "[1, 2, 3]")]
    [InlineData("[]", "[]")]
    [InlineData("{a: 1, \"b c\": 2}", "{a: 1, \"b c\": 2}")]
    [InlineData("{a: 1, b: a + 1}", "{a: 1, b: 2}")]
    [InlineData("{}", "{}")]
    public void Literals_EvaluateToThemselves(string text, string expected) => Assert.Equal(expected, Show(text));

    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("10 / 4", "2.5")]
    [InlineData("7 - 10", "-3")]
    [InlineData("2 ** 10", "1024")]
    [InlineData("2 ** 3 ** 2", "64")]
    [InlineData("2 ** -1", "0.5")]
    [InlineData("-(1 + 2)", "-3")]
    [InlineData("1 / 0", "null")]
    [InlineData("0.1 + 0.2", "0.3")]
    [InlineData("5 * 0.6", "3.0")]
    [InlineData("\"ab\" + \"cd\"", "\"abcd\"")]
    [InlineData("\"a\" + 1", "null")]
    [InlineData("79228162514264337593543950335 + 1", "null")]
    [InlineData("1 / 3", "0.3333333333333333333333333333")]
    public void Arithmetic_FollowsFeel(string text, string expected) => Assert.Equal(expected, Show(text));

    [Theory]
    [InlineData("1 = 1.0", "true")]
    [InlineData("1 != 2", "true")]
    [InlineData("1 < 2", "true")]
    [InlineData("2 <= 2", "true")]
    [InlineData("3 > 4", "false")]
    [InlineData("4 >= 5", "false")]
    [InlineData("\"a\" < \"b\"", "true")]
    [InlineData("[1, 2] = [1, 2]", "true")]
    [InlineData("{a: 1, b: 2} = {b: 2, a: 1}", "true")]
    [InlineData("1 = \"1\"", "null")]
    [InlineData("1 < \"a\"", "null")]
    [InlineData("5 between 1 and 5", "true")]
    [InlineData("0 between 1 and 5", "false")]
    public void Comparisons_FollowFeel(string text, string expected) => Assert.Equal(expected, Show(text));

    [Theory]
    [InlineData("3 in [1..5]", "true")]
    [InlineData("5 in [1..5)", "false")]
    [InlineData("1 in (1..5]", "false")]
    [InlineData("1 in ]1..5]", "false")]
    [InlineData("5 in [1..5[", "false")]
    [InlineData("2 in (1, 2, 3)", "true")]
    [InlineData("4 in (1, 2, 3)", "false")]
    [InlineData("\"b\" in [\"a\", \"b\"]", "true")]
    [InlineData("2 in < 3", "true")]
    [InlineData("3 in >= 3", "true")]
    [InlineData("3 in (< 2, > 2)", "true")]
    [InlineData("2 in (< 2, > 2)", "false")]
    [InlineData("2 in ([1..1], [2..3])", "true")]
    [InlineData("null in [1..5]", "null")]
    public void In_TestsRangesListsAndComparisons(string text, string expected) => Assert.Equal(expected, Show(text));

    [Theory]
    [InlineData("[1, 2, 3][1]", "1")]
    [InlineData("[1, 2, 3][-1]", "3")]
    [InlineData("[1, 2, 3][0]", "null")]
    [InlineData("[1, 2, 3][4]", "null")]
    [InlineData("[1, 2, 3, 4][item > 2]", "[3, 4]")]
    [InlineData("[{price: 2}, {price: 5}][price > 3]", "[{price: 5}]")]
    [InlineData("[{price: 2}, {price: 5}].price", "[2, 5]")]
    [InlineData("{a: {b: {c: 7}}}.a.b.c", "7")]
    [InlineData("[1, 2][item > 5]", "[]")]
    [InlineData("5[1]", "5")]
    public void Paths_IndexesAndFilters(string text, string expected) => Assert.Equal(expected, Show(text));

    [Theory]
    [InlineData("if 1 > 0 then \"yes\" else \"no\"", "\"yes\"")]
    [InlineData("if null then 1 else 2", "2")]
    [InlineData("if 1 then 1 else 2", "2")]
    [InlineData("some x in [1, 2, 3] satisfies x > 2", "true")]
    [InlineData("every x in [1, 2, 3] satisfies x > 0", "true")]
    [InlineData("every x in [] satisfies false", "true")]
    [InlineData("some x in [1, 2], y in [3, 4] satisfies x + y = 6", "true")]
    [InlineData("for x in [1, 2, 3] return x * 2", "[2, 4, 6]")]
    [InlineData("for x in [1, 2], y in [10, 20] return x + y", "[11, 21, 12, 22]")]
    [InlineData("for i in 1..3 return i", "[1, 2, 3]")]
    public void ControlExpressions(string text, string expected) => Assert.Equal(expected, Show(text));

    [Fact]
    public void Variables_AreReadFromTheContext()
    {
        Assert.Equal("true", Show("refuse = true", ("refuse", FeelValue.True)));
        Assert.Equal("true", Show("nrOfCompletedInstances >= nrOfInstances * 0.6", ("nrOfCompletedInstances", N(3)), ("nrOfInstances", N(5))));
        Assert.Equal("false", Show("nrOfCompletedInstances >= nrOfInstances * 0.6", ("nrOfCompletedInstances", N(2)), ("nrOfInstances", N(5))));
        Assert.Equal("null", Show("missing"));
        Assert.Equal("\"张三\"", Show("申请人.姓名", ("申请人", C(("姓名", S("张三"))))));
    }

    [Fact]
    public void ChineseIdentifiers_WorkInGatewayConditions()
    {
        var condition = Parse("材料齐全 = true and 申请金额 <= 50000 and not(需要现场核查)");
        var context = Context(("材料齐全", FeelValue.True), ("申请金额", N(12000)), ("需要现场核查", FeelValue.False));
        Assert.True(condition.Evaluate(context).IsTrue);
        Assert.Equal(["材料齐全", "申请金额", "需要现场核查"], condition.FreeVariables.Order(StringComparer.Ordinal));
        Assert.Equal("\"已受理\"", Show("if 审批结果 = \"同意\" then \"已受理\" else \"不予受理\"", ("审批结果", S("同意"))));
        Assert.Equal("true", Show("$金额_2 > 1", ("$金额_2", N(2))));
        Assert.Equal("true", Show("𠀀名 = 1", ("𠀀名", N(1))));
    }

    [Fact]
    public void FreeVariables_ExcludeBoundNamesAndFilterMembers()
    {
        var e = Parse("for x in xs return x + y + {a: 1, b: a + z}.b + count(orders[price > limit])");
        Assert.Equal(["orders", "xs", "y", "z"], e.FreeVariables.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("date and time(\"2026-03-02T09:00:00\")")]
    [InlineData("string length(\"abc\")")]
    [InlineData("string  length (\"abc\")")]
    public void MultiWordFunctionNames_AreLexedAsOneName(string text) => Assert.False(Eval(text).IsNull);

    [Fact]
    public void MultiWordPrefixes_StayVariablesWhenNotCalled()
    {
        Assert.Equal("true", Show("date and time", ("date", FeelValue.True), ("time", FeelValue.True)));
        Assert.Equal("3", Show("string + length", ("string", N(1)), ("length", N(2))));
    }

    [Fact]
    public void Comments_AreIgnored() => Assert.Equal("3", Show("1 + /* 注释 */ 2 // end"));

    [Fact]
    public void Expression_IsThreadSafe()
    {
        var e = Parse("for x in xs return x * k");
        var context = Context(("xs", L(N(1), N(2), N(3))), ("k", N(2)));
        Parallel.For(0, 1000, _ => Assert.Equal("[2, 4, 6]", e.Evaluate(context).ToString()));
    }
}
