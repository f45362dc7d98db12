using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Deadlines;

/// <summary>A validated <see cref="DeadlinePolicy"/>, or the problems that kept it from being built.</summary>
/// <param name="Policy">The policy; null exactly when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every problem found.</param>
public sealed record DeadlinePolicyResult(DeadlinePolicy? Policy, IReadOnlyList<DomainError> Errors);
