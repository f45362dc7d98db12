namespace GovWorkflow.Engine.Tests.Conformance;

/// <summary>Compares what the two engines did with one case, allowing only the declared differences.</summary>
internal static class TraceComparison
{
    /// <summary>Every mismatch, in words; empty when the engines agree.</summary>
    public static List<string> Problems(ConformanceCase testCase, RunOutcome ours, RunOutcome theirs)
    {
        var problems = new List<string>();
        if (ours.StepError is not null)
        {
            problems.Add("GovWorkflow: " + ours.StepError);
        }

        if (theirs.StepError is not null)
        {
            problems.Add("bpmn-engine: " + theirs.StepError);
        }

        CompareState(testCase, ours, theirs, problems);
        CompareWaiting(ours, theirs, problems);
        if (testCase.Differences.SingleOrDefault(d => d.Kind == DifferenceKind.Trace) is { } pinned)
        {
            if (!string.Equals(ours.CompletedText, pinned.Ours, StringComparison.Ordinal))
            {
                problems.Add($"pinned trace here was [{pinned.Ours}], is [{ours.CompletedText}].");
            }

            if (!string.Equals(theirs.CompletedText, pinned.Theirs, StringComparison.Ordinal))
            {
                problems.Add($"pinned trace in bpmn-engine was [{pinned.Theirs}], is [{theirs.CompletedText}].");
            }

            return problems;
        }

        var mine = Filter(KeepLastInnerInstance(ours, theirs, testCase, problems), testCase, DifferenceKind.OnlyOurs, ours, theirs, problems);
        var other = Filter(theirs.Segments, testCase, DifferenceKind.OnlyTheirs, theirs, ours, problems);

        if (mine.Count != other.Count)
        {
            problems.Add($"{mine.Count} segments of completions here, {other.Count} in bpmn-engine.");
        }

        for (var i = 0; i < Math.Min(mine.Count, other.Count); i++)
        {
            var (a, b) = testCase.Ordering == TraceOrdering.Exact
                ? (mine[i], other[i])
                : (Sorted(mine[i]), Sorted(other[i]));
            if (!a.SequenceEqual(b, StringComparer.Ordinal))
            {
                problems.Add($"{SegmentName(i)}: completed [{string.Join(", ", mine[i])}] here, [{string.Join(", ", other[i])}] in bpmn-engine.");
            }
        }

        return problems;
    }

    private static void CompareWaiting(RunOutcome ours, RunOutcome theirs, List<string> problems)
    {
        if (!Sorted(ours.Waiting).SequenceEqual(Sorted(theirs.Waiting), StringComparer.Ordinal))
        {
            problems.Add($"open user tasks [{string.Join(", ", ours.Waiting)}] here, [{string.Join(", ", theirs.Waiting)}] in bpmn-engine.");
        }
    }

    private static void CompareState(ConformanceCase testCase, RunOutcome ours, RunOutcome theirs, List<string> problems)
    {
        var declared = testCase.Differences.SingleOrDefault(d => d.Kind == DifferenceKind.State);
        if (declared is null)
        {
            if (!string.Equals(ours.State, theirs.State, StringComparison.Ordinal))
            {
                problems.Add($"ended {ours.State} here, {theirs.State} in bpmn-engine.");
            }
        }
        else if (!string.Equals(ours.State, declared.Ours, StringComparison.Ordinal) || !string.Equals(theirs.State, declared.Theirs, StringComparison.Ordinal))
        {
            problems.Add($"declared state difference {declared.Ours}/{declared.Theirs} did not occur: {ours.State} here, {theirs.State} in bpmn-engine.");
        }
    }

    private static List<List<string>> KeepLastInnerInstance(RunOutcome ours, RunOutcome theirs, ConformanceCase testCase, List<string> problems)
    {
        var segments = ours.Segments.Select(s => s.ToList()).ToList();
        foreach (var difference in testCase.Differences.Where(d => d.Kind == DifferenceKind.InnerInstances))
        {
            var id = difference.NodeId!;
            if (ours.Completed.Count(c => c == id) < 2 || theirs.Completed.Count(c => c == id) != 1)
            {
                problems.Add($"declared difference InnerInstances {id} did not occur as declared.");
                continue;
            }

            for (var extra = ours.Completed.Count(c => c == id) - 1; extra > 0; extra--)
            {
                var segment = segments.First(s => s.Contains(id, StringComparer.Ordinal));
                segment.RemoveAt(segment.IndexOf(id));
            }
        }

        return segments;
    }

    /// <summary>Removes the completions of elements declared to appear on this side only, checking they do.</summary>
    private static List<List<string>> Filter(
        IEnumerable<IReadOnlyList<string>> segments, ConformanceCase testCase, DifferenceKind kind, RunOutcome side, RunOutcome otherSide, List<string> problems)
    {
        var only = testCase.Differences.Where(d => d.Kind == kind).Select(d => d.NodeId!).ToHashSet(StringComparer.Ordinal);
        foreach (var id in only)
        {
            if (!side.Completed.Contains(id, StringComparer.Ordinal) || otherSide.Completed.Contains(id, StringComparer.Ordinal))
            {
                problems.Add($"declared difference {kind} {id} did not occur as declared.");
            }
        }

        return [.. segments.Select(s => s.Where(id => !only.Contains(id)).ToList())];
    }

    private static List<string> Sorted(IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];

    private static string SegmentName(int index) => index == 0 ? "start" : "step " + index;
}
