namespace GovWorkflow.Engine.Execution;

/// <summary>What makes an instance move: one of the records in this folder deriving from it.</summary>
public abstract record Stimulus;
