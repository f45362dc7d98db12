using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using GovWorkflow.Engine.Expressions;
using NodaTime;
using static GovWorkflow.Engine.Tests.Expressions.Feel;

namespace GovWorkflow.Engine.Tests.Expressions;

public sealed class FeelJsonTests
{
    private static readonly Arbitrary<FeelValue> Values =
        Gen.Choose(0, int.MaxValue).Select(seed => FeelValueGenerator.Next(new Random(seed), 3)).ToArbitrary();

    [Fact]
    public void Write_UsesTheDocumentedMapping()
    {
        var value = C(
            ("n", N(1.50m)),
            ("s", S("材料")),
            ("b", FeelValue.True),
            ("z", FeelValue.Null),
            ("xs", L(N(1), N(-2.5m))),
            ("d", FeelValue.Date(new LocalDate(2026, 3, 2))),
            ("dt", FeelValue.DateTime(new LocalDateTime(2026, 3, 2, 9, 0))),
            ("p", FeelValue.DaysTime(Duration.FromDays(3) + Duration.FromHours(4))),
            ("ym", FeelValue.YearsMonths(Period.FromMonths(14))),
            ("$date", N(1)));
        Assert.Equal(
            """{"n":1.50,"s":"材料","b":true,"z":null,"xs":[1,-2.5],"d":{"$date":"2026-03-02"},"dt":{"$dateTime":"2026-03-02T09:00:00"},"p":{"$duration":"P3DT4H"},"ym":{"$yearsMonths":"P1Y2M"},"$$date":1}""",
            FeelJson.Serialize(value));
    }

    [Fact]
    public void Read_KeepsDecimalScaleAndOrder()
    {
        var value = FeelJson.Deserialize("""{"b": 1.50, "a": [0.10, 2], "c": {"$date": "2026-03-02"}}""");
        Assert.Equal("{b: 1.50, a: [0.10, 2], c: date(\"2026-03-02\")}", value.ToString());
        Assert.Equal(value, FeelJson.FromElement(JsonDocument.Parse("""{"b": 1.50, "a": [0.10, 2], "c": {"$date": "2026-03-02"}}""").RootElement));
    }

    [Theory]
    [InlineData("""{"$date": "2026-02-30"}""")]
    [InlineData("""{"$duration": "P1Y"}""")]
    [InlineData("""{"$date": 1}""")]
    [InlineData("1e400")]
    [InlineData("[1,")]
    public void Read_RefusesInvalidValues(string json) => Assert.ThrowsAny<JsonException>(() => FeelJson.Deserialize(json));

    [Fact]
    public void RoundTrip_IsExactForRandomValues()
    {
        Prop.ForAll(Values, (FeelValue value) =>
        {
            var json = FeelJson.Serialize(value);
            var back = FeelJson.Deserialize(json);
            var viaElement = FeelJson.FromElement(JsonDocument.Parse(json).RootElement);
            Assert.Equal(value.ToString(), back.ToString());
            Assert.Equal(value, back);
            Assert.Equal(back, viaElement);
            Assert.Equal(json, FeelJson.Serialize(back));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    [Fact]
    public void Read_WorksInsideALargerDocument()
    {
        var reader = new Utf8JsonReader("""{"x": [1, {"$duration": "PT4H"}], "y": 2}"""u8);
        reader.Read();
        reader.Read();
        var x = FeelJson.Read(ref reader);
        reader.Read();
        Assert.Equal("y", reader.GetString());
        Assert.Equal("[1, duration(\"PT4H\")]", x.ToString());
    }
}
