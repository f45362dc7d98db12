using System.Text;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Engine.Tests.TestSupport;
using NodaTime;

namespace GovWorkflow.Engine.Tests.Execution;

public sealed class InstanceStateJsonTests
{
    private static readonly string[] Members = ["li", "wang", "zhao", "qian", "sun"];

    /// <summary>A run with a multi-instance body, local variables, timers and every kind of variable value.</summary>
    private static ProcessRun Midway()
    {
        var run = ProcessRun.Start(
            Processes.Interpreter("multi-instance"),
            Vars.Of(
                ("members", Members),
                ("departments", new[] { "SFS-XFJ", "SFS-RFB" }),
                ("受理日期", FeelValue.Date(new LocalDate(2026, 3, 2))),
                ("fee", 1.50m),
                ("applicant", FeelValue.Context([new("name", FeelValue.String("示范餐饮有限公司")), new("credit", FeelValue.Null)]))));
        run.Must(new CompleteTask(run.State.Bookmarks.First(b => b.NodeId == "vote").Key, Vars.Of(("vote", "agree"))));
        return run;
    }

    [Fact]
    public void Serialize_MatchesTheGoldenFile()
    {
        var json = Encoding.UTF8.GetString(InstanceStateJson.Serialize(Midway().State, indented: true)).ReplaceLineEndings("\n") + "\n";
        Golden.AssertMatches(Path.Combine(Processes.Folder, "..", "Golden", "multi-instance-midway.json"), json);
    }

    [Fact]
    public void RoundTrip_IsExact_AndTheReadStateRunsOnIdentically()
    {
        var run = Midway();
        var bytes = InstanceStateJson.Serialize(run.State);
        var read = InstanceStateJson.Deserialize(bytes);
        Assert.Equal(bytes, InstanceStateJson.Serialize(read));

        var interpreter = Processes.Interpreter("multi-instance");
        var next = run.State.Bookmarks.First(b => b.NodeId == "vote").Key;
        var fromOriginal = interpreter.Execute(run.State, new CompleteTask(next, Vars.None), run.Now);
        var fromRead = interpreter.Execute(read, new CompleteTask(next, Vars.None), run.Now);
        Assert.Equal(InstanceStateJson.Serialize(fromOriginal.State), InstanceStateJson.Serialize(fromRead.State));
        Assert.Equal(fromOriginal.Effects, fromRead.Effects);
    }

    [Fact]
    public void SameStimuli_GiveTheSameBytes()
    {
        Assert.Equal(InstanceStateJson.Serialize(Midway().State), InstanceStateJson.Serialize(Midway().State));
    }

    [Fact]
    public void NoStepChangesTheStateItWasGiven()
    {
        var run = ProcessRun.Start("inclusive-loop", ("needsFire", true), ("needsAirDefence", true));
        foreach (var node in new[] { "fire", "airDefence", "review" })
        {
            var before = run.State;
            var bytes = InstanceStateJson.Serialize(before);
            run.Complete(node, ("rectify", false));
            Assert.Equal(bytes, InstanceStateJson.Serialize(before));
        }

        var vote = ProcessRun.Start("multi-instance", ("members", Members), ("departments", new[] { "A" }));
        while (vote.State.Bookmarks.Any(b => b.NodeId == "vote"))
        {
            var before = vote.State;
            var bytes = InstanceStateJson.Serialize(before);
            vote.Must(new CompleteTask(before.Bookmarks.First(b => b.NodeId == "vote").Key, Vars.None));
            Assert.Equal(bytes, InstanceStateJson.Serialize(before));
        }
    }

    [Fact]
    public void AStateFromANewerEngine_IsRefused()
    {
        var json = Encoding.UTF8.GetString(InstanceStateJson.Serialize(Midway().State)).Replace("\"format\":1", "\"format\":99", StringComparison.Ordinal);
        var error = Assert.Throws<FormatException>(() => InstanceStateJson.Deserialize(Encoding.UTF8.GetBytes(json)));
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAState_IsRefusedWithAFormatException()
    {
        Assert.Throws<FormatException>(() => InstanceStateJson.Deserialize("{\"format\":1}"u8));
        Assert.Throws<FormatException>(() => InstanceStateJson.Deserialize("[1,2"u8));
    }
}
