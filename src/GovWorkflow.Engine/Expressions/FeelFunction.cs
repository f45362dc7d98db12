namespace GovWorkflow.Engine.Expressions;

/// <summary>A built-in function, resolved by name when the expression is parsed.</summary>
internal sealed record FeelFunction(string Name, int MinArguments, int MaxArguments, FeelFunctionBody Body);
