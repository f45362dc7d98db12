using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovWorkflow.Activities.Cases.Persistence;

/// <summary>The case records: cases, their timelines, the licence registry and bad-credit records.</summary>
/// <remarks>
/// Lives in the runtime's database (same file or server) with its own migrations history table, so the runtime's
/// schema knows nothing of government. Provider-neutral like the runtime's: no column types, days as ISO text.
/// </remarks>
public sealed class CaseDbContext(DbContextOptions<CaseDbContext> options) : DbContext(options)
{
    /// <summary>The migrations history table of this schema.</summary>
    public const string HistoryTable = "__CaseMigrationsHistory";

    /// <summary>Cases.</summary>
    public DbSet<CaseRecord> Cases => Set<CaseRecord>();

    /// <summary>Timeline lines.</summary>
    public DbSet<TimelineRecord> Timeline => Set<TimelineRecord>();

    /// <summary>Electronic licences.</summary>
    public DbSet<LicenseRecord> Licenses => Set<LicenseRecord>();

    /// <summary>Bad-credit records.</summary>
    public DbSet<CreditRow> Credit => Set<CreditRow>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var cases = modelBuilder.Entity<CaseRecord>();
        cases.ToTable("Cases");
        cases.HasKey(c => c.Id);
        cases.Property(c => c.Id).HasMaxLength(100);
        cases.Property(c => c.BundleCode).HasMaxLength(100);
        cases.Property(c => c.ApplicantId).HasMaxLength(50);
        cases.Property(c => c.ApplicantName).HasMaxLength(200);
        cases.Property(c => c.Version).IsConcurrencyToken();
        cases.HasIndex(c => c.ApplicantId);

        var timeline = modelBuilder.Entity<TimelineRecord>();
        timeline.ToTable("CaseTimeline");
        Identity(timeline.Property(t => t.Id));
        timeline.Property(t => t.CaseId).HasMaxLength(100);
        timeline.Property(t => t.Actor).HasMaxLength(100);
        timeline.Property(t => t.Action).HasMaxLength(100);
        timeline.HasIndex(t => new { t.CaseId, t.JobId }).IsUnique();
        timeline.HasIndex(t => new { t.CaseId, t.Id });

        var licenses = modelBuilder.Entity<LicenseRecord>();
        licenses.ToTable("Licenses");
        licenses.HasKey(l => l.Number);
        licenses.Property(l => l.Number).HasMaxLength(100);
        licenses.Property(l => l.Type).HasMaxLength(100);
        licenses.Property(l => l.Name).HasMaxLength(200);
        licenses.Property(l => l.HolderId).HasMaxLength(50);
        licenses.Property(l => l.HolderName).HasMaxLength(200);
        licenses.Property(l => l.Issuer).HasMaxLength(100);
        licenses.Property(l => l.IssuedOn).HasMaxLength(10);
        licenses.Property(l => l.ValidUntil).HasMaxLength(10);
        licenses.Property(l => l.CaseId).HasMaxLength(100);
        licenses.HasIndex(l => l.HolderId);

        var credit = modelBuilder.Entity<CreditRow>();
        credit.ToTable("CreditRecords");
        Identity(credit.Property(c => c.Id));
        credit.Property(c => c.HolderId).HasMaxLength(50);
        credit.Property(c => c.CaseId).HasMaxLength(100);
        credit.Property(c => c.RecordedOn).HasMaxLength(10);
        credit.HasIndex(c => c.HolderId);
    }

    private static void Identity(PropertyBuilder<long> property) =>
        property.ValueGeneratedOnAdd()
            .HasAnnotation("Sqlite:Autoincrement", true)
            .HasAnnotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
