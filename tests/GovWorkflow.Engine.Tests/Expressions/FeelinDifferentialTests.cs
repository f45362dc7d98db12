using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GovWorkflow.Engine.Expressions;
using NodaTime;
using static GovWorkflow.Engine.Tests.Expressions.Feel;

namespace GovWorkflow.Engine.Tests.Expressions;

/// <summary>Evaluates every case with our engine and with feelin 8.2.0 (tests/feel-diff) and compares the results.</summary>
public sealed class FeelinDifferentialTests
{
    // Where we differ from feelin on purpose: the expression, our result (FEEL literal) and why.
    private static readonly (string Expression, string Ours, string Reason)[] IntendedDifferences =
    [
        ("1 < \"a\"", "null", "FEEL 1.3 10.3.2.9: comparing values of different types is null; feelin answers false."),
        ("\"a\" >= 1", "null", "Same: comparison across types is null in FEEL; feelin answers false."),
        ("string(1.50)", "\"1.50\"", "Our numbers are decimals and keep their scale; feelin uses JS numbers and drops it."),
        ("0.1 + 0.2", "0.3", "Decimal arithmetic is exact; feelin's JS numbers give 0.30000000000000004."),
        ("duration(\"P1D\") * 2", "duration(\"P2D\")", "FEEL 1.3 defines duration times number; feelin returns null."),
        ("duration(\"P1D\") / duration(\"PT12H\")", "2", "FEEL 1.3 defines duration divided by duration; feelin returns null."),
        ("date(\"2026-03-02\") + duration(\"PT25H\")", "date(\"2026-03-03\")", "A date plus a duration stays a date (we have no zones); feelin returns a UTC date-time."),
        ("date and time(\"2026-03-02T09:00:00Z\")", "null", "Only local date-times are supported: zones and offsets give null."),
        ("today() = date(\"2026-03-02\")", "true", "today() and now() come from the evaluation context; feelin reads the wall clock."),
        ("if 1 then 1 else 2", "2", "FEEL takes a branch only when the condition is exactly true; feelin treats 1 as truthy."),
        ("max(\"a\", \"b\")", "\"b\"", "FEEL min and max accept any comparable items (strings, dates); feelin returns null for strings."),
    ];

    private static readonly string[] Cases =
    [
        // literals
        "1", "1.5", "-3", "0", "\"abc\"", "\"申请\"", "\"a\\\"b\"", "\"line\\nbreak\"", "true", "false", "null", "[]", "[1, 2, 3]", "[1, [2, 3]]",
        "{a: 1}", "{a: 1, \"b c\": 2}", "{a: 1, b: a + 1}", "{}",
        // arithmetic
        "1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "7 - 10", "2 ** 10", "2 ** 3 ** 2", "2 ** -1", "-(1 + 2)", "1 / 0", "5 * 0.6",
        "x + 1", "x * x - 1", "\"ab\" + \"cd\"", "\"a\" + 1", "1 - null", "null + null", "-x", "x / 2", "100 / 8 * 2",
        // comparisons
        "1 = 1", "1 = 1.0", "1 != 2", "1 < 2", "2 <= 2", "3 > 4", "4 >= 5", "\"a\" < \"b\"", "\"b\" = \"b\"", "[1, 2] = [1, 2]", "[1, 2] = [2, 1]",
        "{a: 1} = {a: 1}", "1 = \"1\"", "null = null", "null = 1", "1 != null", "null < 1", "x = 3", "flag = true", "材料齐全 = true",
        "5 between 1 and 5", "0 between 1 and 5", "x between 1 and 10", "\"b\" between \"a\" and \"c\"",
        // logic
        "true and true", "true and false", "true and null", "false and null", "null and false", "true or null", "false or null", "false or false",
        "1 and true", "true or 1", "not(true)", "not(null)", "not(1)", "flag and x > 2", "材料齐全 and not(flag)",
        // in
        "3 in [1..5]", "5 in [1..5)", "1 in (1..5]", "1 in ]1..5]", "2 in (1, 2, 3)", "4 in (1, 2, 3)", "\"b\" in [\"a\", \"b\"]", "\"z\" in [\"a\", \"b\"]",
        "2 in < 3", "3 in >= 3", "3 in (< 2, > 2)", "2 in (< 2, > 2)", "x in [1..5]", "null in [1..5]", "x in xs", "d in [date(\"2026-03-01\")..date(\"2026-03-31\")]",
        // paths, indexes, filters
        "[1, 2, 3][1]", "[1, 2, 3][-1]", "[1, 2, 3][0]", "[1, 2, 3][4]", "xs[2]", "xs[-2]", "xs[item > 2]", "xs[item > 10]", "[1, 2, 3, 4][item > 2]",
        "orders[price > 3]", "orders[price > 3].price", "orders.price", "ctx.a", "ctx.b.c", "ctx.missing", "申请人.姓名", "missing.a", "5[1]", "[][1]",
        "{a: {b: {c: 7}}}.a.b.c", "[{a: 1}, {a: 2}].a",
        // if, quantifiers, for
        "if x > 2 then \"高\" else \"低\"", "if null then 1 else 2", "if 1 then 1 else 2", "if flag then xs else []",
        "some y in xs satisfies y > 3", "some y in xs satisfies y > 10", "every y in xs satisfies y > 0", "every y in xs satisfies y > 1", "every y in [] satisfies false",
        "some a in [1, 2], b in [3, 4] satisfies a + b = 6", "for y in xs return y * 2", "for a in [1, 2], b in [10, 20] return a + b", "for y in [] return y",
        "for i in 1..3 return i * i", "some o in orders satisfies o.price > 4",
        // string functions
        "string(1)", "string(true)", "string(\"a\")", "string(null)", "string([1, 2])", "string(date(\"2026-03-02\"))", "number(\"12.5\")", "number(\"-3\")", "number(\"1,000\")",
        "string length(\"abc\")", "string length(s)", "string length(\"𠀀a\")", "substring(\"abcdef\", 2, 3)", "substring(\"abcdef\", -2)", "substring(s, 3)",
        "substring before(\"a-b\", \"-\")", "substring after(\"a-b\", \"-\")", "upper case(\"abc\")", "lower case(\"ABC\")", "contains(\"营业执照\", \"执照\")", "contains(\"abc\", null)",
        "starts with(\"abc\", \"ab\")", "starts with(\"abc\", \"b\")", "ends with(\"abc\", \"bc\")", "upper case(null)", "string join([\"a\", \"b\"], \", \")",
        // list functions
        "count(xs)", "count([])", "sum(xs)", "sum(1, 2, 3)", "sum([])", "min(xs)", "min(3, 1, 2)", "max(xs)", "max(\"a\", \"b\")", "min([])", "mean(xs)", "mean(1, 2, 3, 4)",
        "all([true, true])", "all([true, false])", "all([true, null])", "all([])", "any([false, true])", "any([false, null])", "any([])",
        "list contains(xs, 2)", "list contains(xs, 9)", "append([1], 2, 3)", "append(xs, 5)", "distinct values([1, 1, 2, 1])", "reverse([1, 2, 3])", "index of([1, 2, 1], 1)", "flatten([1, [2, [3]]])",
        // number functions
        "abs(-1.5)", "abs(null)", "floor(-1.5)", "floor(1.5)", "ceiling(1.1)", "ceiling(-1.1)", "decimal(2.5, 0)", "decimal(3.5, 0)", "decimal(1 / 3, 2)", "modulo(10, 3)", "modulo(-10, 3)",
        // temporal
        "date(\"2026-03-02\")", "date(2026, 3, 2)", "date(\"2026-02-30\")", "date and time(\"2026-03-02T09:00:00\")", "duration(\"P3D\")", "duration(\"PT4H\")", "duration(\"PT36H\")",
        "duration(\"P1Y2M\")", "duration(\"P14M\")", "duration(\"P1DT0.5S\")", "date(\"2026-03-02\") + duration(\"P3D\")", "date(\"2026-03-02\") - duration(\"P1D\")",
        "date(\"2026-01-31\") + duration(\"P1M\")", "date(\"2026-03-02\") - duration(\"P1Y2M\")", "date(\"2026-03-02\") - date(\"2026-02-01\")",
        "date and time(\"2026-03-02T09:00:00\") + duration(\"PT4H\")", "date and time(\"2026-03-02T09:00:00\") - date and time(\"2026-03-01T08:00:00\")",
        "date and time(\"2026-03-02T09:00:00\") + duration(\"P1M\")", "duration(\"P1Y\") = duration(\"P12M\")", "duration(\"P1D\") > duration(\"PT23H\")",
        "date(\"2026-03-02\") < date(\"2026-03-03\")", "d + duration(\"P20D\")", "d - date(\"2026-01-01\")", "d.year", "d.month", "d.day", "d.weekday",
        "date(\"2026-03-02\") = date(\"2026-03-02\")", "duration(\"P1D\") + duration(\"PT12H\")", "duration(\"P1Y\") + duration(\"P2M\")", "dt.hour", "dt + duration(\"PT30M\")",
        // Chinese identifiers in gateway conditions
        "材料齐全 and 申请金额 <= 50000", "if 审批结果 = \"同意\" then \"已受理\" else \"不予受理\"", "申请金额 * 0.05", "count(附件[类型 = \"营业执照\"]) > 0",
    ];

    private static readonly (string Name, FeelValue Value)[] Variables =
    [
        ("x", N(3)),
        ("xs", L(N(1), N(2), N(3), N(4))),
        ("s", S("申请材料")),
        ("flag", FeelValue.True),
        ("材料齐全", FeelValue.True),
        ("申请金额", N(12000)),
        ("审批结果", S("同意")),
        ("d", FeelValue.Date(new LocalDate(2026, 3, 2))),
        ("dt", FeelValue.DateTime(new LocalDateTime(2026, 3, 2, 9, 0))),
        ("orders", L(C(("price", N(5))), C(("price", N(2))))),
        ("ctx", C(("a", N(1)), ("b", C(("c", N(2)))))),
        ("申请人", C(("姓名", S("张三")))),
        ("附件", L(C(("类型", S("营业执照"))), C(("类型", S("身份证"))))),
    ];

    [Fact]
    public void Cases_CoverEnoughExpressions() => Assert.True(Cases.Length >= 150, $"only {Cases.Length} cases");

    [Fact]
    public void OurEngine_AgreesWithFeelin()
    {
        var nodeModules = Path.Combine(RepositoryPaths.Root, "tests", "feel-diff", "node_modules");
        Assert.True(Directory.Exists(nodeModules), "tests/feel-diff/node_modules is missing: run `npm ci --prefix tests/feel-diff` first.");

        var context = FeelJson.Serialize(C(Variables));
        var theirs = RunFeelin(Cases.Select(c => $"{{\"expression\":{JsonSerializer.Serialize(c)},\"context\":{context}}}").ToList());
        var failures = new StringBuilder();
        for (var i = 0; i < Cases.Length; i++)
        {
            if (IntendedDifferences.Any(d => d.Expression == Cases[i]))
            {
                continue;
            }

            var ours = Eval(Cases[i], Variables);
            using var their = JsonDocument.Parse(theirs[i]);
            if (!their.RootElement.TryGetProperty("value", out var theirValue))
            {
                failures.Append(CultureInfo.InvariantCulture, $"{Cases[i]}: feelin failed: {theirs[i]}\n");
            }
            else if (!SameJson(JsonDocument.Parse(FeelJson.Serialize(ours)).RootElement, theirValue))
            {
                failures.Append(CultureInfo.InvariantCulture, $"{Cases[i]}: ours {FeelJson.Serialize(ours)}, feelin {theirValue.GetRawText()}\n");
            }
        }

        Assert.True(failures.Length == 0, "Differences from feelin:\n" + failures);
    }

    [Fact]
    public void IntendedDifferences_AreWhatWeDocument()
    {
        foreach (var (expression, ours, _) in IntendedDifferences)
        {
            Assert.Equal(ours, Show(expression, Variables));
        }
    }

    private static List<string> RunFeelin(List<string> lines)
    {
        var start = new ProcessStartInfo("node", Path.Combine(RepositoryPaths.Root, "tests", "feel-diff", "evaluate.mjs"))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        foreach (var line in lines)
        {
            node.StandardInput.WriteLine(line);
        }

        node.StandardInput.Close();
        Assert.True(node.WaitForExit(60_000), "feelin timed out");
        var results = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.True(results.Count == lines.Count, $"feelin answered {results.Count} of {lines.Count} cases: {errors.Result}");
        return results;
    }

    // Numbers compare by value within JS double precision; everything else exactly.
    private static bool SameJson(JsonElement ours, JsonElement theirs)
    {
        if (ours.ValueKind != theirs.ValueKind)
        {
            return false;
        }

        switch (ours.ValueKind)
        {
            case JsonValueKind.Number:
                var a = ours.GetDouble();
                var b = theirs.GetDouble();
                return Math.Abs(a - b) <= 1e-12 * Math.Max(1, Math.Abs(a));
            case JsonValueKind.Array:
                return ours.GetArrayLength() == theirs.GetArrayLength() && ours.EnumerateArray().Zip(theirs.EnumerateArray()).All(p => SameJson(p.First, p.Second));
            case JsonValueKind.Object:
                var left = ours.EnumerateObject().ToList();
                var right = theirs.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
                return left.Count == right.Count && left.All(p => right.TryGetValue(p.Name, out var v) && SameJson(p.Value, v));
            case JsonValueKind.String:
                return ours.GetString() == theirs.GetString();
            default:
                return ours.GetRawText() == theirs.GetRawText();
        }
    }
}
