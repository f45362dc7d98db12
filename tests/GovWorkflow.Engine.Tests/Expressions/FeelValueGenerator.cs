using System.Numerics;
using System.Text;
using GovWorkflow.Engine.Expressions;
using NodaTime;

namespace GovWorkflow.Engine.Tests.Expressions;

/// <summary>Random FEEL values of every kind, nested, including awkward strings and keys ("$date", "$$x", escapes, Chinese, astral characters).</summary>
/// <remarks>Strings are valid Unicode: a lone surrogate cannot be stored as UTF-8 JSON and is written as U+FFFD.</remarks>
internal static class FeelValueGenerator
{
    private static readonly string[] Keys = ["a", "b c", "$date", "$$x", "$duration", "申请人", "", "item", "\"q\"", "\\", "𠀀"];
    private static readonly string[] Characters = ["a", "Z", "0", " ", "\"", "\\", "\n", "\t", "\u0001", "中", "文", "$", "𠀀", "{", "}", "é", "\u2028"];

    public static FeelValue Next(Random random, int depth)
    {
        var kind = random.Next(depth > 0 ? 10 : 8);
        return kind switch
        {
            0 => FeelValue.Null,
            1 => FeelValue.Boolean(random.Next(2) == 0),
            2 => FeelValue.Number(NextDecimal(random)),
            3 => FeelValue.String(NextString(random)),
            4 => FeelValue.Date(new LocalDate(random.Next(1, 10000), random.Next(1, 13), random.Next(1, 29))),
            5 => FeelValue.DateTime(new LocalDate(random.Next(1, 10000), random.Next(1, 13), random.Next(1, 29)).AtMidnight().PlusNanoseconds(random.NextInt64(0, 86_400_000_000_000L))),
            6 => FeelValue.DaysTime(NextDuration(random)),
            7 => FeelValue.YearsMonths(Period.FromMonths(random.Next(-int.MaxValue, int.MaxValue))),
            8 => FeelValue.List(Enumerable.Range(0, random.Next(4)).Select(_ => Next(random, depth - 1)).ToList()),
            _ => FeelValue.Context(Enumerable.Range(0, random.Next(4)).Select(_ => KeyValuePair.Create(Keys[random.Next(Keys.Length)], Next(random, depth - 1))).ToList()),
        };
    }

    public static decimal NextDecimal(Random random) => random.Next(4) switch
    {
        0 => random.Next(-200, 1200),
        1 => new decimal(random.Next(), random.Next(), random.Next(), random.Next(2) == 0, (byte)random.Next(29)),
        2 => new decimal(random.Next(100000), 0, 0, random.Next(2) == 0, (byte)random.Next(6)),
        _ => new decimal(random.Next(), random.Next(), 0, random.Next(2) == 0, (byte)random.Next(29)),
    };

    public static string NextString(Random random)
    {
        var text = new StringBuilder();
        var length = random.Next(8);
        for (var i = 0; i < length; i++)
        {
            text.Append(Characters[random.Next(Characters.Length)]);
        }

        return text.ToString();
    }

    private static Duration NextDuration(Random random)
    {
        var days = random.Next(4) == 0 ? random.Next(-16_777_214, 16_777_214) : random.Next(-1000, 1000);
        var nanos = random.Next(3) == 0 ? 0 : random.NextInt64(0, 86_400_000_000_000L);
        var duration = Duration.FromDays(days) + Duration.FromNanoseconds(days < 0 ? -nanos : nanos);
        return random.Next(5) == 0 ? Duration.FromNanoseconds(new BigInteger(random.Next(-5000, 5000))) : duration;
    }
}
