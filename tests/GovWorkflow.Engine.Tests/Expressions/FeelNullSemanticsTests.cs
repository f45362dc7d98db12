using static GovWorkflow.Engine.Tests.Expressions.Feel;

namespace GovWorkflow.Engine.Tests.Expressions;

public sealed class FeelNullSemanticsTests
{
    [Theory]
    [InlineData("null = null", "true")]
    [InlineData("null = 1", "false")]
    [InlineData("1 != null", "true")]
    [InlineData("null < 1", "null")]
    [InlineData("null >= null", "null")]
    [InlineData("1 + null", "null")]
    [InlineData("-null", "null")]
    [InlineData("true and null", "null")]
    [InlineData("false and null", "false")]
    [InlineData("null and false", "false")]
    [InlineData("true or null", "true")]
    [InlineData("false or null", "null")]
    [InlineData("1 and true", "null")]
    [InlineData("not(null)", "null")]
    [InlineData("not(1)", "null")]
    [InlineData("not(false)", "true")]
    [InlineData("null between 1 and 2", "null")]
    [InlineData("missing.a.b", "null")]
    [InlineData("missing[1]", "null")]
    [InlineData("string(null)", "null")]
    [InlineData("[1, null] = [1, null]", "true")]
    public void NullPropagates_AsFeelRequires(string text, string expected) => Assert.Equal(expected, Show(text));

    [Theory]
    [InlineData("null")]
    [InlineData("1")]
    [InlineData("\"true\"")]
    [InlineData("missing")]
    [InlineData("1 < \"a\"")]
    public void Condition_IsTakenOnlyWhenExactlyTrue(string text)
    {
        Assert.False(Parse(text).IsSatisfied(Context()));
        Assert.True(Parse("true").IsSatisfied(Context()));
    }
}
