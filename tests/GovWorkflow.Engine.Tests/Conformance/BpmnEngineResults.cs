namespace GovWorkflow.Engine.Tests.Conformance;

/// <summary>Class fixture: runs every conformance case through bpmn-engine once, in one node process.</summary>
/// <remarks>A missing install or a failing node run is kept as <see cref="Problem"/> so every case fails with it (never skipped).</remarks>
public sealed class BpmnEngineResults
{
    public BpmnEngineResults()
    {
        Problem = BpmnEngineOracle.Unavailable();
        if (Problem is not null)
        {
            return;
        }

        try
        {
            Outcomes = BpmnEngineOracle.Run(ConformanceCases.All);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception or IOException)
        {
            Problem = "Running bpmn-engine failed: " + e.Message;
        }
    }

    public string? Problem { get; }

    public IReadOnlyDictionary<string, RunOutcome> Outcomes { get; } = new Dictionary<string, RunOutcome>(StringComparer.Ordinal);
}
