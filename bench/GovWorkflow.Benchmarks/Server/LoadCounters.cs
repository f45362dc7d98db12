namespace GovWorkflow.Benchmarks.Server;

/// <summary>What the clerks and approvers did, shared between their loops.</summary>
internal sealed class LoadCounters
{
    private readonly List<string> errorSamples = [];
    private long completions;
    private long conflicts;
    private long errors;
    private long emptyInboxes;
    private long received;
    private long openReviews;
    private long caseNumber;

    public long Completions => Interlocked.Read(ref completions);

    public long Conflicts => Interlocked.Read(ref conflicts);

    public long Errors => Interlocked.Read(ref errors);

    public long EmptyInboxes => Interlocked.Read(ref emptyInboxes);

    public long Received => Interlocked.Read(ref received);

    public long OpenReviews => Interlocked.Read(ref openReviews);

    public IReadOnlyList<string> ErrorSamples
    {
        get
        {
            lock (errorSamples)
            {
                return [.. errorSamples];
            }
        }
    }

    public long NextCase() => Interlocked.Increment(ref caseNumber);

    public void CaseReady(int reviews)
    {
        Interlocked.Increment(ref received);
        Interlocked.Add(ref openReviews, reviews);
    }

    public void Completed()
    {
        Interlocked.Increment(ref completions);
        Interlocked.Decrement(ref openReviews);
    }

    public void Conflict() => Interlocked.Increment(ref conflicts);

    public void EmptyInbox() => Interlocked.Increment(ref emptyInboxes);

    public void Error(string what)
    {
        Interlocked.Increment(ref errors);
        lock (errorSamples)
        {
            if (errorSamples.Count < 5)
            {
                errorSamples.Add(what);
            }
        }
    }
}
