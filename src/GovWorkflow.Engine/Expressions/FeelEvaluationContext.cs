using NodaTime;

namespace GovWorkflow.Engine.Expressions;

/// <summary>What an evaluation may see: the variables, and the current local date and time of the caller.</summary>
/// <remarks>
/// <c>now()</c> and <c>today()</c> answer from <paramref name="Now"/>, never from the wall clock, so that an
/// evaluation is reproducible: replaying an instance with the recorded time gives the same decisions.
/// </remarks>
/// <param name="Variables">The variables the expression may read.</param>
/// <param name="Now">The local date and time (zone Asia/Shanghai in this product) that <c>now()</c> returns.</param>
public sealed record FeelEvaluationContext(IFeelVariables Variables, LocalDateTime Now);
