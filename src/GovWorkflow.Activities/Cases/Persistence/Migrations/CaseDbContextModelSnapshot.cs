using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace GovWorkflow.Activities.Cases.Persistence.Migrations;

/// <summary>The case model as of the newest migration, frozen in code (see the runtime's snapshot for why it is written by hand).</summary>
[DbContext(typeof(CaseDbContext))]
internal sealed class CaseDbContextModelSnapshot : ModelSnapshot
{
    /// <inheritdoc />
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasAnnotation("ProductVersion", "10.0.14");

        modelBuilder.Entity("GovWorkflow.Activities.Cases.Persistence.CaseRecord", b =>
        {
            b.Property<string>("Id").HasMaxLength(100);
            b.Property<string>("ApplicantId").IsRequired().HasMaxLength(50);
            b.Property<string>("ApplicantName").IsRequired().HasMaxLength(200);
            b.Property<string>("BundleCode").IsRequired().HasMaxLength(100);
            b.Property<string>("Data").IsRequired();
            b.Property<long>("ReceivedAt");
            b.Property<int>("Status");
            b.Property<long>("Version").IsConcurrencyToken();
            b.HasKey("Id");
            b.HasIndex("ApplicantId");
            b.ToTable("Cases");
        });

        modelBuilder.Entity("GovWorkflow.Activities.Cases.Persistence.CreditRow", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation("Sqlite:Autoincrement", true)
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("CaseId").IsRequired().HasMaxLength(100);
            b.Property<string>("HolderId").IsRequired().HasMaxLength(50);
            b.Property<string>("Reason").IsRequired();
            b.Property<string>("RecordedOn").IsRequired().HasMaxLength(10);
            b.HasKey("Id");
            b.HasIndex("HolderId");
            b.ToTable("CreditRecords");
        });

        modelBuilder.Entity("GovWorkflow.Activities.Cases.Persistence.LicenseRecord", b =>
        {
            b.Property<string>("Number").HasMaxLength(100);
            b.Property<string>("CaseId").HasMaxLength(100);
            b.Property<string>("HolderId").IsRequired().HasMaxLength(50);
            b.Property<string>("HolderName").IsRequired().HasMaxLength(200);
            b.Property<string>("IssuedOn").IsRequired().HasMaxLength(10);
            b.Property<string>("Issuer").IsRequired().HasMaxLength(100);
            b.Property<string>("Items").IsRequired();
            b.Property<string>("Name").IsRequired().HasMaxLength(200);
            b.Property<int>("Status");
            b.Property<string>("Type").IsRequired().HasMaxLength(100);
            b.Property<string>("ValidUntil").HasMaxLength(10);
            b.HasKey("Number");
            b.HasIndex("HolderId");
            b.ToTable("Licenses");
        });

        modelBuilder.Entity("GovWorkflow.Activities.Cases.Persistence.TimelineRecord", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation("Sqlite:Autoincrement", true)
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("Action").IsRequired().HasMaxLength(100);
            b.Property<string>("Actor").IsRequired().HasMaxLength(100);
            b.Property<long>("At");
            b.Property<string>("CaseId").IsRequired().HasMaxLength(100);
            b.Property<string>("Clock").IsRequired();
            b.Property<long?>("JobId");
            b.Property<string>("Outputs");
            b.Property<string>("Text").IsRequired();
            b.HasKey("Id");
            b.HasIndex("CaseId", "Id");
            b.HasIndex("CaseId", "JobId").IsUnique();
            b.ToTable("CaseTimeline");
        });
    }
}
