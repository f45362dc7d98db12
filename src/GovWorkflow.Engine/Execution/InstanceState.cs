using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>Everything the engine knows about one process instance: live elements, bookmarks and variables.</summary>
/// <remarks>
/// The interpreter never changes the state it is given: it returns a new one. Keys come from
/// <see cref="NextKey"/>, so running the same stimuli on the same state always gives the same keys.
/// Serialised by <c>InstanceStateJson</c>.
/// </remarks>
public sealed class InstanceState
{
    internal InstanceState(string instanceId, string processId, string definitionVersion)
    {
        InstanceId = instanceId;
        ProcessId = processId;
        DefinitionVersion = definitionVersion;
    }

    /// <summary>The instance id, chosen by the runtime.</summary>
    public string InstanceId { get; }

    /// <summary>The id of the process it runs.</summary>
    public string ProcessId { get; }

    /// <summary>The published definition version it runs (a running instance keeps its version).</summary>
    public string DefinitionVersion { get; }

    /// <summary>Running, completed, terminated or failed.</summary>
    public InstanceStatus Status { get; internal set; }

    /// <summary>Why it failed, when <see cref="Status"/> is <see cref="InstanceStatus.Failed"/>.</summary>
    public Incident? Incident { get; internal set; }

    /// <summary>The next key to hand out.</summary>
    public long NextKey { get; internal set; } = 1;

    /// <summary>Number of stimuli applied, for optimistic concurrency and audit.</summary>
    public long Sequence { get; internal set; }

    /// <summary>Live elements in creation order; the first is the root scope while the instance runs.</summary>
    public IReadOnlyList<ElementInstance> Elements => ElementList;

    /// <summary>Open bookmarks in creation order.</summary>
    public IReadOnlyList<Bookmark> Bookmarks => BookmarkList;

    /// <summary>The process variables (the root scope's), kept after the instance ends.</summary>
    public IReadOnlyDictionary<string, FeelValue> Variables => VariableMap;

    internal List<ElementInstance> ElementList { get; } = [];

    internal List<Bookmark> BookmarkList { get; } = [];

    internal Dictionary<string, FeelValue> VariableMap { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Whether <see cref="VariableMap"/> is still shared with the state this one was cloned from.</summary>
    private bool variablesShared;

    /// <summary>The process variables for writing: a step copies them on its first write only (most steps write none).</summary>
    internal Dictionary<string, FeelValue> WritableVariables()
    {
        if (variablesShared)
        {
            VariableMap = new Dictionary<string, FeelValue>(VariableMap, StringComparer.Ordinal);
            variablesShared = false;
        }

        return VariableMap;
    }

    /// <summary>Finds an open bookmark by key.</summary>
    public Bookmark? FindBookmark(long key)
    {
        foreach (var bookmark in BookmarkList)
        {
            if (bookmark.Key == key)
            {
                return bookmark;
            }
        }

        return null;
    }

    /// <summary>Finds a live element by key.</summary>
    public ElementInstance? FindElement(long key)
    {
        foreach (var element in ElementList)
        {
            if (element.Key == key)
            {
                return element;
            }
        }

        return null;
    }

    internal InstanceState Clone()
    {
        var copy = new InstanceState(InstanceId, ProcessId, DefinitionVersion)
        {
            Status = Status,
            Incident = Incident,
            NextKey = NextKey,
            Sequence = Sequence,
            VariableMap = VariableMap,
            variablesShared = true,
        };
        // Elements are shared until the step changes one (ExecutionStep.Own); bookmarks are immutable.
        copy.ElementList.Capacity = ElementList.Count + 4;
        copy.ElementList.AddRange(ElementList);
        copy.BookmarkList.Capacity = BookmarkList.Count + 4;
        copy.BookmarkList.AddRange(BookmarkList);
        return copy;
    }
}
