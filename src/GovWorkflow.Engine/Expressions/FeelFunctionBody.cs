namespace GovWorkflow.Engine.Expressions;

/// <summary>The body of a built-in function: the evaluated arguments in, a value out, never an exception.</summary>
internal delegate FeelValue FeelFunctionBody(ReadOnlySpan<FeelValue> arguments, FeelEvaluationContext context);
