namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>Timer recovery: duration and memory around <c>RecoverTimersAsync</c>.</summary>
internal sealed record TimerResult(string Database, int Timers, double Seconds, long HeapBefore, long HeapAfter, long WorkingSetBefore, long WorkingSetAfter);
