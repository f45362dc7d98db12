namespace GovWorkflow.Engine.Execution;

/// <summary>Unwinds a step that must not be applied; caught by <see cref="ProcessInterpreter"/>, never escapes it.</summary>
internal sealed class RefusalException(ExecutionRefusal refusal) : Exception(refusal.Message)
{
    public ExecutionRefusal Refusal { get; } = refusal;
}
