namespace GovWorkflow.Engine;

/// <summary>Marks the engine assembly; its features live in Model/, Parsing/, Validation/, Expressions/ and Execution/.</summary>
public static class EngineAssembly
{
    /// <summary>The version of the instance-state JSON this engine writes.</summary>
    public const int StateFormatVersion = 1;
}
