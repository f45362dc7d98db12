using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Licensing;
using NodaTime;

namespace GovWorkflow.Activities.Cases;

/// <summary>The case store in memory, for simulations that run thousands of cases and keep none (<c>govwf simulate</c>).</summary>
/// <remarks>Same rules as the database store: versions are checked, a job saves once, licences are looked up by holder.</remarks>
public sealed class InMemoryCaseStore : ICaseStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, CaseFile> cases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TimelineEntry>> timelines = new(StringComparer.Ordinal);
    private readonly Dictionary<(string CaseId, long JobId), string> outputs = [];
    private readonly Dictionary<string, ElectronicLicense> licenses = new(StringComparer.Ordinal);
    private readonly List<CreditRecord> credit = [];

    /// <inheritdoc />
    public Task<CaseFile?> FindCaseAsync(string caseId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(cases.GetValueOrDefault(caseId));
        }
    }

    /// <inheritdoc />
    public Task<string?> FindJobOutputsAsync(string caseId, long jobId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(outputs.TryGetValue((caseId, jobId), out var json) ? json : null);
        }
    }

    /// <inheritdoc />
    public Task SaveAsync(CaseChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (gate)
        {
            var file = change.File;
            var current = cases.GetValueOrDefault(file.Id);
            if ((current?.Version ?? 0) != file.Version || (change.JobId is { } job && outputs.ContainsKey((file.Id, job))))
            {
                throw new CaseConflictException(file.Id);
            }

            cases[file.Id] = file with { Version = file.Version + 1 };
            if (!timelines.TryGetValue(file.Id, out var lines))
            {
                timelines[file.Id] = lines = [];
            }

            lines.Add(change.Entry);
            if (change.JobId is { } jobId)
            {
                outputs[(file.Id, jobId)] = change.Outputs ?? "{}";
            }

            foreach (var licence in change.Issued)
            {
                licenses[licence.Number] = licence;
            }

            foreach (var number in change.Revoked.Where(licenses.ContainsKey))
            {
                licenses[number] = licenses[number] with { Status = LicenseStatus.Revoked };
            }

            if (change.Credit is { } record)
            {
                credit.Add(record);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string caseId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<TimelineEntry>>(timelines.TryGetValue(caseId, out var lines) ? [.. lines] : []);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CreditRecord>> CreditRecordsAsync(string holderId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<CreditRecord>>([.. credit.Where(c => c.HolderId == holderId)]);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ElectronicLicense>> FindValidAsync(string holderId, LocalDate validOn, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<ElectronicLicense>>([.. licenses.Values.Where(l => l.HolderId == holderId && l.IsValidOn(validOn)).OrderBy(l => l.Number, StringComparer.Ordinal)]);
        }
    }

    /// <inheritdoc />
    public Task<ElectronicLicense?> FindAsync(string number, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(licenses.GetValueOrDefault(number));
        }
    }

    /// <inheritdoc />
    public Task ImportLicensesAsync(IEnumerable<ElectronicLicense> licenses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(licenses);
        lock (gate)
        {
            foreach (var licence in licenses)
            {
                this.licenses.TryAdd(licence.Number, licence);
            }
        }

        return Task.CompletedTask;
    }
}
