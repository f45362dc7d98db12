namespace GovWorkflow.Server.Cases;

/// <summary>The answer to an upload.</summary>
/// <param name="CaseId">The case number.</param>
/// <param name="Message">The message sent to the case (<c>materials-corrected</c>, <c>materials-supplied</c>), or null when the files were only recorded.</param>
/// <param name="Files">The files recorded.</param>
/// <param name="OpenTasks">The case's open tasks afterwards.</param>
public sealed record MaterialsUploaded(string CaseId, string? Message, IReadOnlyList<MaterialFileView> Files, IReadOnlyList<OpenTaskView> OpenTasks);
