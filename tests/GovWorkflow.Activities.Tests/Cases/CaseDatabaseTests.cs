using GovWorkflow.Activities.Cases;
using GovWorkflow.Activities.Cases.Persistence;
using GovWorkflow.Activities.Tests.TestSupport;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Licensing;
using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Activities.Tests.Cases;

/// <summary>The case schema: migrations match the model on both providers, it lives beside the runtime's, and the store keeps its rules.</summary>
public sealed class CaseDatabaseTests
{
    private static readonly Instant Received = Instant.FromUtc(2026, 3, 2, 1, 30);

    [Fact]
    public async Task Migrate_Sqlite_CreatesTheSchemaOfTheModelBesideTheRuntimes()
    {
        using var data = new TempDirectory();
        var options = new DatabaseOptions { DataFolder = data.Path };

        await AssertMigratesAsync(options);
    }

    [Fact]
    public async Task Migrate_Postgres_CreatesTheSchemaOfTheModelBesideTheRuntimes()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();

        await AssertMigratesAsync(database.Options);
    }

    [Fact]
    public async Task Save_StaleVersion_IsAConflictAndChangesNothing()
    {
        using var data = new TempDirectory();
        var store = await OpenAsync(new DatabaseOptions { DataFolder = data.Path });
        var file = NewCase();
        await store.SaveAsync(new CaseChange(file, Line(file, "收件")), CancellationToken.None);
        var read = (await store.FindCaseAsync(file.Id, CancellationToken.None))!;
        await store.SaveAsync(new CaseChange(read with { Status = CaseStatus.Accepted }, Line(file, "受理")), CancellationToken.None);

        await Assert.ThrowsAsync<CaseConflictException>(() => store.SaveAsync(new CaseChange(read with { Status = CaseStatus.Refused }, Line(file, "不予受理")), CancellationToken.None));

        Assert.Equal(CaseStatus.Accepted, (await store.FindCaseAsync(file.Id, CancellationToken.None))!.Status);
        Assert.Equal(["收件", "受理"], (await store.TimelineAsync(file.Id, CancellationToken.None)).Select(l => l.Text));
    }

    [Fact]
    public async Task Save_SameJobTwice_KeepsTheFirstResultOnly()
    {
        using var data = new TempDirectory();
        var store = await OpenAsync(new DatabaseOptions { DataFolder = data.Path });
        var file = NewCase();
        await store.SaveAsync(new CaseChange(file, Line(file, "收件"), JobId: 7, Outputs: "{\"first\":true}"), CancellationToken.None);
        var read = (await store.FindCaseAsync(file.Id, CancellationToken.None))!;

        await Assert.ThrowsAsync<CaseConflictException>(() => store.SaveAsync(new CaseChange(read, Line(file, "again"), JobId: 7, Outputs: "{}"), CancellationToken.None));

        Assert.Equal("{\"first\":true}", await store.FindJobOutputsAsync(file.Id, 7, CancellationToken.None));
        Assert.Single(await store.TimelineAsync(file.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Licences_IssuedAndRevoked_AreFoundByHolderWhileValid()
    {
        using var data = new TempDirectory();
        var store = await OpenAsync(new DatabaseOptions { DataFolder = data.Path });
        var file = NewCase();
        var licence = new ElectronicLicense("L-1", "business-licence", "营业执照", file.Applicant.IdNumber, file.Applicant.Name, "SFS-SCJGJ", new LocalDate(2026, 3, 2), null, LicenseStatus.Valid, ["BUSINESS-LICENCE"], file.Id);
        await store.SaveAsync(new CaseChange(file, Line(file, "制证")) { Issued = [licence] }, CancellationToken.None);

        Assert.Equal(["L-1"], (await store.FindValidAsync(file.Applicant.IdNumber, new LocalDate(2026, 3, 3), CancellationToken.None)).Select(l => l.Number));
        Assert.Empty(await store.FindValidAsync(file.Applicant.IdNumber, new LocalDate(2026, 3, 1), CancellationToken.None));

        var read = (await store.FindCaseAsync(file.Id, CancellationToken.None))!;
        await store.SaveAsync(new CaseChange(read, Line(file, "撤销")) { Revoked = ["L-1"], Credit = new CreditRecord(file.Applicant.IdNumber, file.Id, "核查不实", new LocalDate(2026, 4, 1)) }, CancellationToken.None);

        Assert.Empty(await store.FindValidAsync(file.Applicant.IdNumber, new LocalDate(2026, 4, 2), CancellationToken.None));
        Assert.Equal(LicenseStatus.Revoked, (await store.FindAsync("L-1", CancellationToken.None))!.Status);
        Assert.Equal("核查不实", Assert.Single(await store.CreditRecordsAsync(file.Applicant.IdNumber, CancellationToken.None)).Reason);
    }

    private static async Task AssertMigratesAsync(DatabaseOptions options)
    {
        await using (var runtime = new RuntimeDbContext(RuntimeDatabase.Build(options)))
        {
            await RuntimeDatabase.MigrateAsync(runtime, CancellationToken.None);
        }

        await using var context = new CaseDbContext(RuntimeDatabase.BuildFor<CaseDbContext>(options, [], CaseDbContext.HistoryTable));
        Assert.False(context.Database.HasPendingModelChanges(), "CaseDbContext differs from its model snapshot: add a migration and update CaseDbContextModelSnapshot.");

        await RuntimeDatabase.MigrateAsync(context, CancellationToken.None);
        await RuntimeDatabase.MigrateAsync(context, CancellationToken.None);

        Assert.Equal(["20261124000000_CasesInitial"], await context.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await context.Cases.CountAsync());
        await using var again = new RuntimeDbContext(RuntimeDatabase.Build(options));
        Assert.Empty(await again.Database.GetPendingMigrationsAsync());
    }

    private static async Task<EfCaseStore> OpenAsync(DatabaseOptions options)
    {
        var contextOptions = RuntimeDatabase.BuildFor<CaseDbContext>(options, [], CaseDbContext.HistoryTable);
        await using (var context = new CaseDbContext(contextOptions))
        {
            await RuntimeDatabase.MigrateAsync(context, CancellationToken.None);
        }

        return new EfCaseStore(() => new CaseDbContext(contextOptions));
    }

    private static CaseFile NewCase() => new()
    {
        Id = "T-1",
        BundleCode = "restaurant-opening",
        Applicant = new Applicant(ApplicantKind.Organisation, "91110101MA01C5XK3A", "示范市东城区好味餐饮有限公司"),
        ReceivedAt = Received,
        Materials = [],
    };

    private static TimelineEntry Line(CaseFile file, string text) => new(file.Id, Received, "system", "test", text, ClockSnapshot.NotStarted);
}
