using System.Text;
using FsCheck;
using FsCheck.Fluent;
using GovWorkflow.Engine.Expressions;
using static GovWorkflow.Engine.Tests.Expressions.Feel;

namespace GovWorkflow.Engine.Tests.Expressions;

public sealed class FeelRobustnessTests
{
    private static readonly string[] Corpus =
    [
        "refuse = true",
        "nrOfCompletedInstances >= nrOfInstances * 0.6",
        "材料齐全 and 申请金额 in [1..50000]",
        "if x > 3 then \"高\" else \"低\"",
        "for i in xs return i ** 2",
        "some o in orders satisfies o.price > 100",
        "orders[price > 3].price",
        "sum(xs) / count(xs) between 1 and 10",
        "{a: 1, \"b c\": [1, 2, {d: date(\"2026-03-02\")}]}.a",
        "date and time(\"2026-03-02T09:00:00\") + duration(\"P1DT4H\") > now()",
        "x in (< 1, [2..5), ]6..9[, \"a\")",
        "substring(upper case(s), -2, 1) + string length(s)",
        "not(every y in [true, null] satisfies y)",
        "duration(\"P1Y2M\") * 2 - duration(\"P3M\")",
        "xs[-1] ** -2 / 0",
    ];

    private static readonly string Alphabet = "abxyz材料 _$0123456789.,:;()[]{}<>=!+-*/\"\\'\n\t?#@中𠀀";
    private static readonly string[] Tokens = ["and", "or", "if", "then", "else", "for", "in", "return", "some", "every", "satisfies", "between", "..", "**", "string length", "date and time", "(", ")", "[", "]", "{", "}", "\"", "null", "-", "item"];

    private static readonly FeelEvaluationContext Context = Feel.Context(
        ("x", N(4)),
        ("xs", L(N(1), N(2.5m), N(-3))),
        ("s", S("申请材料")),
        ("refuse", FeelValue.True),
        ("nrOfInstances", N(5)),
        ("nrOfCompletedInstances", N(3)),
        ("orders", L(C(("price", N(5))), C(("price", N(2))))));

    private static readonly Arbitrary<string> Texts =
        Gen.Choose(0, int.MaxValue).Select(seed => Mutate(new Random(seed))).ToArbitrary();

    [Fact]
    public void ParseAndEvaluate_NeverThrow_OnRandomAndMutatedText() => Check(3000);

    [Fact]
    [Trait("Category", "Slow")]
    public void ParseAndEvaluate_NeverThrow_OnManyRandomAndMutatedTexts() => Check(25_000);

    [Fact]
    public void LiteralText_OfARandomValue_ParsesBackToTheSameValue()
    {
        var values = Gen.Choose(0, int.MaxValue).Select(seed => FeelValueGenerator.Next(new Random(seed), 3)).ToArbitrary();
        Prop.ForAll(values, (FeelValue value) =>
        {
            var parsed = FeelExpression.Parse(value.ToString());
            Assert.Null(parsed.Error);
            Assert.Equal(value.ToString(), parsed.Expression!.Evaluate(Context).ToString());
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    private static void Check(int count) =>
        Prop.ForAll(Texts, (string text) =>
        {
            var result = FeelExpression.Parse(text);
            Assert.True((result.Expression is null) != (result.Error is null));
            if (result.Error is { } error)
            {
                Assert.InRange(error.Position, 0, text.Length);
                Assert.StartsWith("feel.", error.Code, StringComparison.Ordinal);
            }

            result.Expression?.Evaluate(Context);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(count));

    private static string Mutate(Random random)
    {
        if (random.Next(4) == 0)
        {
            var noise = new StringBuilder();
            for (var i = random.Next(30); i > 0; i--)
            {
                noise.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            return noise.ToString();
        }

        var text = new StringBuilder(Corpus[random.Next(Corpus.Length)]);
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0 when text.Length > 0 && at < text.Length:
                    text.Remove(at, Math.Min(random.Next(1, 5), text.Length - at));
                    break;
                case 1:
                    text.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 2:
                    text.Insert(at, " " + Tokens[random.Next(Tokens.Length)] + " ");
                    break;
                default:
                    text.Insert(at, Corpus[random.Next(Corpus.Length)]);
                    break;
            }
        }

        return text.ToString();
    }
}
