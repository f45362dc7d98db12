using System.Globalization;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Licensing;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace GovWorkflow.Activities.Cases.Persistence;

/// <summary>The case store on the runtime's database (SQLite or PostgreSQL) through <see cref="CaseDbContext"/>.</summary>
public sealed class EfCaseStore(Func<CaseDbContext> contexts) : ICaseStore
{
    /// <inheritdoc />
    public async Task<CaseFile?> FindCaseAsync(string caseId, CancellationToken cancellationToken)
    {
        await using var context = contexts();
        var row = await context.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken).ConfigureAwait(false);
        return row is null ? null : CaseJson.DeserializeCase(row.Data, row.Version);
    }

    /// <inheritdoc />
    public async Task<string?> FindJobOutputsAsync(string caseId, long jobId, CancellationToken cancellationToken)
    {
        await using var context = contexts();
        return await context.Timeline.AsNoTracking().Where(t => t.CaseId == caseId && t.JobId == jobId).Select(t => t.Outputs ?? "{}")
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task SaveAsync(CaseChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var context = contexts();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var file = change.File;
        var data = CaseJson.Serialize(file);
        if (file.Version == 0)
        {
            context.Cases.Add(new CaseRecord
            {
                Id = file.Id,
                BundleCode = file.BundleCode,
                ApplicantId = file.Applicant.IdNumber,
                ApplicantName = file.Applicant.Name,
                Status = (int)file.Status,
                ReceivedAt = file.ReceivedAt.ToUnixTimeTicks(),
                Data = data,
                Version = 1,
            });
        }
        else
        {
            var updated = await context.Cases.Where(c => c.Id == file.Id && c.Version == file.Version)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Data, data).SetProperty(c => c.Status, (int)file.Status).SetProperty(c => c.Version, file.Version + 1), cancellationToken)
                .ConfigureAwait(false);
            if (updated == 0)
            {
                throw new CaseConflictException(file.Id);
            }
        }

        context.Timeline.Add(ToRecord(file.Id, change));
        context.Licenses.AddRange(change.Issued.Select(ToRecord));
        if (change.Revoked.Count > 0)
        {
            await context.Licenses.Where(l => change.Revoked.Contains(l.Number))
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, (int)LicenseStatus.Revoked), cancellationToken).ConfigureAwait(false);
        }

        if (change.Credit is { } credit)
        {
            context.Credit.Add(new CreditRow { HolderId = credit.HolderId, CaseId = credit.CaseId, Reason = credit.Reason, RecordedOn = Day(credit.RecordedOn) });
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            // A new case saved twice, or a job's line saved by another run: the other run's result stands.
            throw new CaseConflictException(file.Id + "：" + e.InnerException?.Message, e);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string caseId, CancellationToken cancellationToken)
    {
        await using var context = contexts();
        var rows = await context.Timeline.AsNoTracking().Where(t => t.CaseId == caseId).OrderBy(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new TimelineEntry(r.CaseId, Instant.FromUnixTimeTicks(r.At), r.Actor, r.Action, r.Text, CaseJson.DeserializeClock(r.Clock)))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CreditRecord>> CreditRecordsAsync(string holderId, CancellationToken cancellationToken)
    {
        await using var context = contexts();
        var rows = await context.Credit.AsNoTracking().Where(c => c.HolderId == holderId).OrderBy(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new CreditRecord(r.HolderId, r.CaseId, r.Reason, ParseDay(r.RecordedOn)))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ElectronicLicense>> FindValidAsync(string holderId, LocalDate validOn, CancellationToken cancellationToken)
    {
        await using var context = contexts();
        var rows = await context.Licenses.AsNoTracking().Where(l => l.HolderId == holderId && l.Status == (int)LicenseStatus.Valid)
            .OrderBy(l => l.Number).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(FromRecord).Where(l => l.IsValidOn(validOn))];
    }

    /// <inheritdoc />
    public async Task<ElectronicLicense?> FindAsync(string number, CancellationToken cancellationToken)
    {
        await using var context = contexts();
        var row = await context.Licenses.AsNoTracking().SingleOrDefaultAsync(l => l.Number == number, cancellationToken).ConfigureAwait(false);
        return row is null ? null : FromRecord(row);
    }

    /// <inheritdoc />
    public async Task ImportLicensesAsync(IEnumerable<ElectronicLicense> licenses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(licenses);
        await using var context = contexts();
        var all = licenses.ToList();
        var numbers = all.Select(l => l.Number).ToList();
        var existing = await context.Licenses.Where(l => numbers.Contains(l.Number)).Select(l => l.Number).ToListAsync(cancellationToken).ConfigureAwait(false);
        context.Licenses.AddRange(all.Where(l => !existing.Contains(l.Number, StringComparer.Ordinal)).Select(ToRecord));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 1555 or 2067,
        _ => false,
    };

    private static TimelineRecord ToRecord(string caseId, CaseChange change) => new()
    {
        CaseId = caseId,
        JobId = change.JobId,
        At = change.Entry.At.ToUnixTimeTicks(),
        Actor = change.Entry.Actor,
        Action = change.Entry.Action,
        Text = change.Entry.Text,
        Clock = CaseJson.Serialize(change.Entry.Clock),
        Outputs = change.Outputs,
    };

    private static LicenseRecord ToRecord(ElectronicLicense l) => new()
    {
        Number = l.Number,
        Type = l.Type,
        Name = l.Name,
        HolderId = l.HolderId,
        HolderName = l.HolderName,
        Issuer = l.Issuer,
        IssuedOn = Day(l.IssuedOn),
        ValidUntil = l.ValidUntil is { } until ? Day(until) : null,
        Status = (int)l.Status,
        Items = string.Join(',', l.Items),
        CaseId = l.CaseId,
    };

    private static ElectronicLicense FromRecord(LicenseRecord r) => new(
        r.Number, r.Type, r.Name, r.HolderId, r.HolderName, r.Issuer, ParseDay(r.IssuedOn), r.ValidUntil is null ? null : ParseDay(r.ValidUntil),
        (LicenseStatus)r.Status, r.Items.Length == 0 ? [] : r.Items.Split(','), r.CaseId);

    private static string Day(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static LocalDate ParseDay(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
