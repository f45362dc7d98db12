using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Engine.Tests.TestSupport;
using NodaTime;

namespace GovWorkflow.Engine.Tests.Execution;

/// <summary>
/// Random stimuli against every test process: no exception escapes, a refusal leaves the state as it was, and
/// after every step the state is consistent (bookmarks belong to live elements, elements to live parents, an
/// ended instance waits for nothing).
/// </summary>
public sealed class RandomWalkTests
{
    private static readonly string[] Flags =
        ["fake", "ok", "rectify", "needsFire", "needsAirDefence", "overdue", "refuse", "材料齐全", "可补正", "approved", "passed", "pass", "x", "a", "b"];

    private static readonly string[] Messages = ["withdraw", "urge", "materials-supplied", "supplement", "recall", "apply-online", "nobody"];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { Processes.Folder, Path.Combine(Processes.Folder, "..", "..", "Conformance", "Processes") })
        {
            foreach (var file in Directory.GetFiles(folder, "*.bpmn").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(Processes.Folder, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void RandomStimuli_NeverThrow_AndKeepTheStateConsistent(string file)
    {
        var interpreter = new ProcessInterpreter(Processes.CompileFile(Path.Combine(Processes.Folder, file)), Processes.Options);
        var random = new Random(file.Length * 7919 + file[0]);
        for (var walk = 0; walk < 150; walk++)
        {
            var now = ProcessRun.StartedAt;
            var result = interpreter.Start(new StartInstance("walk", "1", StartVariables(random)), now);
            if (!result.Succeeded)
            {
                continue;
            }

            var state = result.State;
            for (var step = 0; step < 40 && state.Status == InstanceStatus.Running; step++)
            {
                var before = InstanceStateJson.Serialize(state);
                now += Duration.FromHours(random.Next(0, 72));
                var next = interpreter.Execute(state, RandomStimulus(state, random), now);
                Assert.Equal(before, InstanceStateJson.Serialize(state));
                if (next.Succeeded)
                {
                    AssertConsistent(next.State);
                    state = next.State;
                }
                else
                {
                    Assert.Same(state, next.State);
                    Assert.StartsWith("engine.", next.Refusal!.Code, StringComparison.Ordinal);
                    Assert.False(string.IsNullOrWhiteSpace(next.Refusal.Message));
                }
            }
        }
    }

    private static Dictionary<string, FeelValue> StartVariables(Random random)
    {
        var variables = RandomFlags(random);
        variables["members"] = FeelValue.List(Enumerable.Range(1, random.Next(0, 6)).Select(i => FeelValue.String("m" + i)));
        variables["departments"] = FeelValue.List(Enumerable.Range(1, random.Next(0, 4)).Select(i => FeelValue.String("D" + i)));
        variables["limit"] = FeelValue.Number(random.Next(0, 10));
        variables["applicant"] = FeelValue.String("示范餐饮有限公司");
        variables["department"] = FeelValue.String("SFS-DCQ-SCJGJ");
        variables["approver"] = FeelValue.String("zhang.san");
        return variables;
    }

    private static Dictionary<string, FeelValue> RandomFlags(Random random)
    {
        var variables = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
        foreach (var flag in Flags)
        {
            switch (random.Next(4))
            {
                case 0:
                    variables[flag] = FeelValue.True;
                    break;
                case 1:
                    variables[flag] = FeelValue.False;
                    break;
                case 2:
                    variables[flag] = FeelValue.Null;
                    break;
            }
        }

        return variables;
    }

    private static Stimulus RandomStimulus(InstanceState state, Random random)
    {
        // Mostly answer an open bookmark with the right stimulus, sometimes the wrong one or a stale key.
        var bookmark = state.Bookmarks.Count > 0 ? state.Bookmarks[random.Next(state.Bookmarks.Count)] : null;
        var key = bookmark is null || random.Next(10) == 0 ? random.Next(1, (int)state.NextKey + 2) : bookmark.Key;
        var kind = bookmark is null || random.Next(8) == 0 ? (BookmarkKind)random.Next(5) : bookmark.Kind;
        return random.Next(30) switch
        {
            0 => new CancelInstance("随机撤件"),
            1 => new ThrowError(key, random.Next(2) == 0 ? "REGISTRY_DOWN" : "MATERIALS_FAKE"),
            2 => new RescheduleTimer(key, ProcessRun.StartedAt + Duration.FromHours(random.Next(0, 400))),
            _ => kind switch
            {
                BookmarkKind.Task => new CompleteTask(key, RandomFlags(random)),
                BookmarkKind.Activity => new CompleteActivity(key, RandomFlags(random)),
                BookmarkKind.Call => new CompleteCall(key, RandomFlags(random)),
                BookmarkKind.Timer => new FireTimer(key),
                _ => new DeliverMessage(bookmark?.MessageName ?? Messages[random.Next(Messages.Length)], RandomFlags(random)),
            },
        };
    }

    private static void AssertConsistent(InstanceState state)
    {
        var keys = state.Elements.Select(e => e.Key).ToHashSet();
        Assert.Equal(state.Elements.Count, keys.Count);
        foreach (var bookmark in state.Bookmarks)
        {
            Assert.Contains(bookmark.ElementKey, keys);
            Assert.True(bookmark.Key < state.NextKey);
        }

        foreach (var element in state.Elements)
        {
            Assert.True(element.ParentKey == 0 || keys.Contains(element.ParentKey), $"{element.NodeId} has no parent {element.ParentKey}");
            Assert.True(element.Key < state.NextKey);
        }

        if (state.Status != InstanceStatus.Running && state.Status != InstanceStatus.Failed)
        {
            Assert.Empty(state.Bookmarks);
            Assert.Empty(state.Elements);
        }

        Assert.Equal(state.Bookmarks.Count, state.Bookmarks.Select(b => b.Key).Distinct().Count());
    }
}
