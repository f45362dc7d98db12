using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Licensing;

namespace GovWorkflow.Activities.Cases;

/// <summary>Case files, timelines, the licence registry and credit records, as one store.</summary>
public interface ICaseStore : ILicenseRegistry
{
    /// <summary>The case file, or null.</summary>
    Task<CaseFile?> FindCaseAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>The outputs (FEEL JSON) a job already saved, or null when it has not run to the end.</summary>
    Task<string?> FindJobOutputsAsync(string caseId, long jobId, CancellationToken cancellationToken);

    /// <summary>Saves a change in one transaction; throws <see cref="CaseConflictException"/> when the case moved on since read, or the job already saved.</summary>
    Task SaveAsync(CaseChange change, CancellationToken cancellationToken);

    /// <summary>The case's timeline, in order.</summary>
    Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>The holder's bad-credit records.</summary>
    Task<IReadOnlyList<CreditRecord>> CreditRecordsAsync(string holderId, CancellationToken cancellationToken);

    /// <summary>Adds licences from elsewhere (sample data, an import); existing numbers are left as they are.</summary>
    Task ImportLicensesAsync(IEnumerable<ElectronicLicense> licenses, CancellationToken cancellationToken);
}
