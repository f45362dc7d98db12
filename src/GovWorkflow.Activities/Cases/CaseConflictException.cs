namespace GovWorkflow.Activities.Cases;

/// <summary>The case changed since it was read; the activity reruns on the new file (the worker retries).</summary>
public sealed class CaseConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CaseConflictException(string caseId)
        : base($"办件 {caseId} 已被同时修改，请重试。")
    {
    }

    /// <summary>Creates the exception.</summary>
    public CaseConflictException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public CaseConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
