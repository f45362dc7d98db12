namespace GovWorkflow.Engine.Execution;

/// <summary>Something the runtime must carry out after a step commits: one of the records in this folder deriving from it.</summary>
public abstract record Effect;
