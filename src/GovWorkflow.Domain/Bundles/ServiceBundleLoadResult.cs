using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Bundles;

/// <summary>A loaded bundle, or every problem that refused it.</summary>
public sealed record ServiceBundleLoadResult(ServiceBundle? Bundle, IReadOnlyList<DomainError> Errors);
