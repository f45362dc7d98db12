namespace GovWorkflow.Server.Cases;

/// <summary>The applicant of a received case.</summary>
/// <param name="Id">居民身份证号码 or 统一社会信用代码.</param>
/// <param name="Name">Name of the person or organisation.</param>
public sealed record ApplicantInput(string Id, string Name);
