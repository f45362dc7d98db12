using GovWorkflow.Engine.Expressions;
using NodaTime;
using static GovWorkflow.Engine.Tests.Expressions.Feel;

namespace GovWorkflow.Engine.Tests.Expressions;

public sealed class FeelBuiltinTests
{
    [Theory]
    [InlineData("string(1.50)", "\"1.50\"")]
    [InlineData("string(true)", "\"true\"")]
    [InlineData("string([1, \"a\"])", "\"[1, \\\"a\\\"]\"")]
    [InlineData("string(date(\"2026-03-02\"))", "\"2026-03-02\"")]
    [InlineData("number(\"-12.5\")", "-12.5")]
    [InlineData("number(\"1,000\")", "null")]
    [InlineData("number(\"1e3\")", "null")]
    [InlineData("string length(\"申请材料\")", "4")]
    [InlineData("string length(\"𠀀a\")", "2")]
    [InlineData("substring(\"abcdef\", 2, 3)", "\"bcd\"")]
    [InlineData("substring(\"abcdef\", -2)", "\"ef\"")]
    [InlineData("substring(\"𠀀bc\", 2)", "\"bc\"")]
    [InlineData("substring before(\"a-b\", \"-\")", "\"a\"")]
    [InlineData("substring after(\"a-b\", \"-\")", "\"b\"")]
    [InlineData("upper case(\"abc\")", "\"ABC\"")]
    [InlineData("lower case(\"ABC\")", "\"abc\"")]
    [InlineData("contains(\"营业执照\", \"执照\")", "true")]
    [InlineData("starts with(\"abc\", \"ab\")", "true")]
    [InlineData("ends with(\"abc\", \"bc\")", "true")]
    [InlineData("contains(\"abc\", null)", "null")]
    [InlineData("string join([\"a\", null, \"b\"], \", \")", "\"a, b\"")]
    public void StringFunctions(string text, string expected) => Assert.Equal(expected, Show(text));

    [Theory]
    [InlineData("count([1, 2, 3])", "3")]
    [InlineData("count([])", "0")]
    [InlineData("sum([1, 2, 3])", "6")]
    [InlineData("sum(1, 2, 3)", "6")]
    [InlineData("sum([])", "null")]
    [InlineData("sum([1, \"a\"])", "null")]
    [InlineData("min([3, 1, 2])", "1")]
    [InlineData("max(3, 1, 2)", "3")]
    [InlineData("max([\"a\", \"b\"])", "\"b\"")]
    [InlineData("min([])", "null")]
    [InlineData("min([1, \"a\"])", "null")]
    [InlineData("mean([1, 2, 3, 4])", "2.5")]
    [InlineData("all([true, true])", "true")]
    [InlineData("all([true, false, null])", "false")]
    [InlineData("all([true, null])", "null")]
    [InlineData("all([])", "true")]
    [InlineData("any([false, true])", "true")]
    [InlineData("any([false, null])", "null")]
    [InlineData("any([])", "false")]
    [InlineData("list contains([1, 2], 2)", "true")]
    [InlineData("list contains([1, null], null)", "true")]
    [InlineData("append([1], 2, 3)", "[1, 2, 3]")]
    [InlineData("distinct values([1, 1.0, 2, 1])", "[1, 2]")]
    [InlineData("reverse([1, 2, 3])", "[3, 2, 1]")]
    [InlineData("index of([1, 2, 1], 1)", "[1, 3]")]
    [InlineData("flatten([1, [2, [3]]])", "[1, 2, 3]")]
    public void ListFunctions(string text, string expected) => Assert.Equal(expected, Show(text));

    [Theory]
    [InlineData("abs(-1.5)", "1.5")]
    [InlineData("floor(-1.5)", "-2")]
    [InlineData("ceiling(1.1)", "2")]
    [InlineData("floor(1.567, 2)", "1.56")]
    [InlineData("decimal(2.5, 0)", "2")]
    [InlineData("decimal(3.5, 0)", "4")]
    [InlineData("decimal(1 / 3, 2)", "0.33")]
    [InlineData("modulo(10, 3)", "1")]
    [InlineData("modulo(-10, 3)", "2")]
    [InlineData("modulo(1, 0)", "null")]
    [InlineData("abs(\"a\")", "null")]
    public void NumberFunctions(string text, string expected) => Assert.Equal(expected, Show(text));

    [Theory]
    [InlineData("date(\"2026-03-02\")", "date(\"2026-03-02\")")]
    [InlineData("date(2026, 3, 2)", "date(\"2026-03-02\")")]
    [InlineData("date(\"2026-02-30\")", "null")]
    [InlineData("date(\"2026-3-2\")", "null")]
    [InlineData("date and time(\"2026-03-02T09:00:00\")", "date and time(\"2026-03-02T09:00:00\")")]
    [InlineData("date and time(\"2026-03-02T09:00:00Z\")", "null")]
    [InlineData("date(date and time(\"2026-03-02T09:00:00\"))", "date(\"2026-03-02\")")]
    [InlineData("duration(\"P3D\")", "duration(\"P3D\")")]
    [InlineData("duration(\"PT36H\")", "duration(\"P1DT12H\")")]
    [InlineData("duration(\"PT4H\")", "duration(\"PT4H\")")]
    [InlineData("duration(\"PT0.5S\")", "duration(\"PT0.5S\")")]
    [InlineData("duration(\"-P1D\")", "duration(\"-P1D\")")]
    [InlineData("duration(\"P1Y2M\")", "duration(\"P1Y2M\")")]
    [InlineData("duration(\"P14M\")", "duration(\"P1Y2M\")")]
    [InlineData("duration(\"P1Y2D\")", "null")]
    [InlineData("duration(\"P\")", "null")]
    [InlineData("duration(\"PT\")", "null")]
    [InlineData("date(\"2026-03-02\") + duration(\"P3D\")", "date(\"2026-03-05\")")]
    [InlineData("date(\"2026-03-02\") - duration(\"P1D\")", "date(\"2026-03-01\")")]
    [InlineData("date(\"2026-01-31\") + duration(\"P1M\")", "date(\"2026-02-28\")")]
    [InlineData("duration(\"P1D\") + date(\"2026-03-02\")", "date(\"2026-03-03\")")]
    [InlineData("date(\"2026-03-02\") - date(\"2026-02-01\")", "duration(\"P29D\")")]
    [InlineData("date and time(\"2026-03-02T09:00:00\") + duration(\"PT4H\")", "date and time(\"2026-03-02T13:00:00\")")]
    [InlineData("date and time(\"2026-03-02T09:00:00\") - date and time(\"2026-03-01T08:00:00\")", "duration(\"P1DT1H\")")]
    [InlineData("duration(\"P1D\") * 2", "duration(\"P2D\")")]
    [InlineData("duration(\"P1D\") / duration(\"PT12H\")", "2")]
    [InlineData("duration(\"P1Y\") = duration(\"P12M\")", "true")]
    [InlineData("duration(\"P1D\") > duration(\"PT23H\")", "true")]
    [InlineData("date(\"2026-03-02\") < date(\"2026-03-03\")", "true")]
    [InlineData("date(\"2026-03-02\") in [date(\"2026-03-01\")..date(\"2026-03-31\")]", "true")]
    [InlineData("date(\"2026-03-02\").year", "2026")]
    [InlineData("date(\"2026-03-02\").weekday", "1")]
    [InlineData("years and months duration(date(\"2008-03-02\"), date(\"2026-03-01\"))", "duration(\"P17Y11M\")")]
    [InlineData("today()", "date(\"2026-03-02\")")]
    [InlineData("now()", "date and time(\"2026-03-02T09:30:00\")")]
    [InlineData("today() - duration(\"P1D\") < today()", "true")]
    public void TemporalFunctions(string text, string expected) => Assert.Equal(expected, Show(text));

    [Fact]
    public void NowAndToday_ComeFromTheCaller()
    {
        var e = Parse("now()");
        var context = new FeelEvaluationContext(FeelVariables.Empty, new LocalDateTime(2030, 1, 1, 0, 0));
        Assert.Equal(new LocalDateTime(2030, 1, 1, 0, 0), e.Evaluate(context).AsDateTime);
    }

    [Fact]
    public void Deadline_CanBeComputedFromVariables()
    {
        var e = Parse("受理日期 + duration(\"P20D\") >= today()");
        Assert.True(e.Evaluate(Context(("受理日期", FeelValue.Date(new LocalDate(2026, 2, 13))))).IsTrue);
    }
}
