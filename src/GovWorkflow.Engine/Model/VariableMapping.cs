namespace GovWorkflow.Engine.Model;

/// <summary>A <c>gov:in</c> or <c>gov:out</c> mapping of a call activity: evaluate <see cref="Source"/>, store it as <see cref="Target"/>.</summary>
/// <param name="Source">The FEEL expression (with or without the leading <c>=</c>), or null when missing.</param>
/// <param name="Target">The variable name written, or null when missing.</param>
/// <param name="Line">One-based line of the mapping element.</param>
/// <param name="Column">One-based column of the mapping element.</param>
public sealed record VariableMapping(string? Source, string? Target, int Line, int Column);
