using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Catalog;

/// <summary>A validated <see cref="ItemCatalog"/>, or every problem that kept it from being built.</summary>
/// <param name="Catalog">The catalog; null exactly when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every problem found, in file order and then in the order of the cross-file checks.</param>
public sealed record ItemCatalogLoadResult(ItemCatalog? Catalog, IReadOnlyList<DomainError> Errors);
