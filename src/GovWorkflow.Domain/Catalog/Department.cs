namespace GovWorkflow.Domain.Catalog;

/// <summary>实施部门: a department that handles items, placed in the administrative hierarchy.</summary>
/// <remarks>
/// The parent is the supervising department one or more levels up (东城区市场监督管理局 → 示范市市场监督管理局);
/// a catalog checks that it exists and sits on a higher level, so that escalation never loops.
/// </remarks>
/// <param name="Code">Stable code in upper-case letters, digits and hyphens, e.g. <c>SFS-SCJGJ</c>.</param>
/// <param name="Name">Full Chinese name, e.g. <c>示范市市场监督管理局</c>.</param>
/// <param name="Level">The administrative level.</param>
/// <param name="ParentCode">Code of the supervising department, or null for a top of the catalog.</param>
public sealed record Department(string Code, string Name, DepartmentLevel Level, string? ParentCode = null);
