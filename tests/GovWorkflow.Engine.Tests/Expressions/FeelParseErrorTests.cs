using GovWorkflow.Engine.Expressions;
using static GovWorkflow.Engine.Tests.Expressions.Feel;

namespace GovWorkflow.Engine.Tests.Expressions;

public sealed class FeelParseErrorTests
{
    [Theory]
    [InlineData("", FeelErrorCodes.UnexpectedEnd, 0)]
    [InlineData("   ", FeelErrorCodes.UnexpectedEnd, 3)]
    [InlineData("1 +", FeelErrorCodes.UnexpectedEnd, 3)]
    [InlineData("1 + )", FeelErrorCodes.UnexpectedToken, 4)]
    [InlineData("(1 + 2", FeelErrorCodes.UnexpectedEnd, 6)]
    [InlineData("1 2", FeelErrorCodes.UnexpectedToken, 2)]
    [InlineData("a # b", FeelErrorCodes.InvalidCharacter, 2)]
    [InlineData("\"abc", FeelErrorCodes.UnterminatedString, 0)]
    [InlineData("\"a\\qb\"", FeelErrorCodes.InvalidEscape, 2)]
    [InlineData("foo(1)", FeelErrorCodes.UnknownFunction, 0)]
    [InlineData("x + substring(\"a\")", FeelErrorCodes.ArgumentCount, 4)]
    [InlineData("{a: 1, a: 2}", FeelErrorCodes.DuplicateKey, 7)]
    [InlineData("if a then b", FeelErrorCodes.UnexpectedEnd, 11)]
    [InlineData("if a b", FeelErrorCodes.UnexpectedToken, 5)]
    [InlineData("[1, 2", FeelErrorCodes.UnexpectedEnd, 5)]
    [InlineData("x in [1..5", FeelErrorCodes.UnexpectedEnd, 10)]
    [InlineData("99999999999999999999999999999999", FeelErrorCodes.InvalidNumber, 0)]
    [InlineData("a and", FeelErrorCodes.UnexpectedEnd, 5)]
    [InlineData("then", FeelErrorCodes.UnexpectedToken, 0)]
    [InlineData("for in xs return 1", FeelErrorCodes.UnexpectedToken, 4)]
    [InlineData("/* open", FeelErrorCodes.UnexpectedEnd, 0)]
    public void Error_HasCodeAndPosition(string text, string code, int position)
    {
        var error = Error(text);
        Assert.Equal(code, error.Code);
        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void Error_CountsLinesAndColumns()
    {
        var error = Error("材料齐全 = true\n  and )");
        Assert.Equal((2, 7, 18), (error.Line, error.Column, error.Position));
        Assert.Equal("第 2 行第 7 列：应为表达式，实际为“)”", error.Message);
    }

    [Fact]
    public void Error_MessagesNameWhatWasExpectedInChinese()
    {
        Assert.Contains("应为“then”", Error("if a b").Message, StringComparison.Ordinal);
        Assert.Contains("“,” 或 “)”", Error("max(1 2)").Message, StringComparison.Ordinal);
        Assert.Contains("未知函数“foo”", Error("foo(1)").Message, StringComparison.Ordinal);
        Assert.Contains("应有 2 到 3 个参数", Error("substring(\"a\")").Message, StringComparison.Ordinal);
        Assert.Contains("但表达式已结束", Error("1 +").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeepNesting_IsRefusedNotOverflowed()
    {
        Assert.Equal(FeelErrorCodes.TooDeep, Error(new string('(', 10_000) + "1" + new string(')', 10_000)).Code);
        Assert.Equal(FeelErrorCodes.TooDeep, Error(new string('-', 10_000) + "1").Code);
        Assert.Equal(FeelErrorCodes.TooDeep, Error(string.Join(" + ", Enumerable.Repeat("x", 5_000))).Code);
        Assert.Equal(FeelErrorCodes.TooLong, Error(new string(' ', FeelParser.MaxLength + 1)).Code);
        Assert.Equal("200", Show(string.Join(" + ", Enumerable.Repeat("1", 200))));
    }
}
