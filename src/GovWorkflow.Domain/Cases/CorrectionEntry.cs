namespace GovWorkflow.Domain.Cases;

/// <summary>One line of a correction notice: a material to hand in or to redo, and why.</summary>
/// <param name="ItemCode">The item that requires it.</param>
/// <param name="MaterialCode">The material's code.</param>
/// <param name="MaterialName">The material's name.</param>
/// <param name="Problem">缺少 or what is defective.</param>
public sealed record CorrectionEntry(string ItemCode, string MaterialCode, string MaterialName, string Problem);
