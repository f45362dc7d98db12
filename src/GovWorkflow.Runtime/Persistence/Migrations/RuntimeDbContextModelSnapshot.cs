using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace GovWorkflow.Runtime.Persistence.Migrations;

/// <summary>The model as of the newest migration, frozen in code.</summary>
/// <remarks>
/// Written in the style the EF Core tools generate and deliberately independent of <see cref="RuntimeDbContext"/>'s
/// configuration code: it records what the migrations create, so a change to the context that no migration
/// carries shows up as <c>HasPendingModelChanges()</c> in the tests. Update it together with each new migration.
/// Instants are their stored Unix ticks (<c>long</c>), enums their integers.
/// </remarks>
[DbContext(typeof(RuntimeDbContext))]
internal sealed class RuntimeDbContextModelSnapshot : ModelSnapshot
{
    /// <inheritdoc />
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasAnnotation("ProductVersion", "10.0.14");

        modelBuilder.Entity("GovWorkflow.Runtime.Persistence.ActivityJobRecord", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation("Sqlite:Autoincrement", true)
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            b.Property<string>("ActivityType")
                .IsRequired()
                .HasMaxLength(200);

            b.Property<int>("Attempts");

            b.Property<long>("BookmarkKey");

            b.Property<long?>("ClosedAt");

            b.Property<long>("CreatedAt");

            b.Property<string>("InstanceId")
                .IsRequired()
                .HasMaxLength(100);

            b.Property<string>("LastError");

            b.Property<string>("NodeId")
                .IsRequired()
                .HasMaxLength(200);

            b.Property<int>("Status");

            b.HasKey("Id");

            b.HasIndex("InstanceId", "BookmarkKey")
                .IsUnique();

            b.HasIndex("Status", "Id");

            b.ToTable("ActivityJobs");
        });

        modelBuilder.Entity("GovWorkflow.Runtime.Persistence.AuditRecord", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation("Sqlite:Autoincrement", true)
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            b.Property<string>("Action")
                .IsRequired()
                .HasMaxLength(100);

            b.Property<string>("Actor")
                .IsRequired()
                .HasMaxLength(100);

            b.Property<string>("After");

            b.Property<long>("At");

            b.Property<string>("Before");

            b.Property<string>("Detail");

            b.Property<string>("InstanceId")
                .HasMaxLength(100);

            b.HasKey("Id");

            b.HasIndex("InstanceId", "Id");

            b.ToTable("Audit");
        });

        modelBuilder.Entity("GovWorkflow.Runtime.Persistence.BookmarkRecord", b =>
        {
            b.Property<string>("InstanceId")
                .HasMaxLength(100);

            b.Property<long>("Key");

            b.Property<long?>("DueAt");

            b.Property<int>("Kind");

            b.Property<string>("MessageName")
                .HasMaxLength(200);

            b.Property<string>("NodeId")
                .IsRequired()
                .HasMaxLength(200);

            b.HasKey("InstanceId", "Key");

            b.HasIndex("MessageName", "InstanceId");

            b.ToTable("Bookmarks");
        });

        modelBuilder.Entity("GovWorkflow.Runtime.Persistence.DefinitionRecord", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation("Sqlite:Autoincrement", true)
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            b.Property<string>("BpmnXml")
                .IsRequired();

            b.Property<string>("ContentHash")
                .IsRequired()
                .HasMaxLength(64);

            b.Property<long>("CreatedAt");

            b.Property<string>("CreatedBy")
                .IsRequired()
                .HasMaxLength(100);

            b.Property<string>("Name")
                .HasMaxLength(500);

            b.Property<int>("NodeCount");

            b.Property<string>("ProcessId")
                .IsRequired()
                .HasMaxLength(200);

            b.Property<long?>("PublishedAt");

            b.Property<int>("Status");

            b.Property<int>("Version");

            b.HasKey("Id");

            b.HasIndex("ProcessId", "Version")
                .IsUnique();

            b.ToTable("Definitions");
        });

        modelBuilder.Entity("GovWorkflow.Runtime.Persistence.InstanceRecord", b =>
        {
            b.Property<string>("Id")
                .HasMaxLength(100);

            b.Property<long>("CreatedAt");

            b.Property<int>("DefinitionVersion");

            b.Property<long?>("EndedAt");

            b.Property<long?>("ParentBookmarkKey");

            b.Property<string>("ParentInstanceId")
                .HasMaxLength(100);

            b.Property<string>("ProcessId")
                .IsRequired()
                .HasMaxLength(200);

            b.Property<long>("Sequence")
                .IsConcurrencyToken();

            b.Property<string>("State")
                .IsRequired();

            b.Property<int>("Status");

            b.Property<long?>("SuspendedAt");

            b.Property<string>("SuspendedBy")
                .HasMaxLength(100);

            b.Property<long>("UpdatedAt");

            b.HasKey("Id");

            b.HasIndex("ParentInstanceId");

            b.HasIndex("Status", "ProcessId");

            b.ToTable("Instances");
        });

        modelBuilder.Entity("GovWorkflow.Runtime.Persistence.OutboxRecord", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation("Sqlite:Autoincrement", true)
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            b.Property<long>("CreatedAt");

            b.Property<string>("InstanceId")
                .HasMaxLength(100);

            b.Property<string>("Kind")
                .IsRequired()
                .HasMaxLength(100);

            b.Property<string>("Payload")
                .IsRequired();

            b.Property<long?>("SentAt");

            b.HasKey("Id");

            b.HasIndex("SentAt", "Id");

            b.ToTable("Outbox");
        });

        modelBuilder.Entity("GovWorkflow.Runtime.Persistence.TaskCandidateRecord", b =>
        {
            b.Property<long>("TaskId");

            b.Property<int>("Kind");

            b.Property<string>("Value")
                .HasMaxLength(100);

            b.HasKey("TaskId", "Kind", "Value");

            b.HasIndex("Kind", "Value", "TaskId");

            b.ToTable("TaskCandidates");
        });

        modelBuilder.Entity("GovWorkflow.Runtime.Persistence.TaskCopyRecord", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation("Sqlite:Autoincrement", true)
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            b.Property<string>("Comment")
                .HasMaxLength(1000);

            b.Property<long>("CopiedAt");

            b.Property<string>("CopiedBy")
                .IsRequired()
                .HasMaxLength(100);

            b.Property<string>("InstanceId")
                .IsRequired()
                .HasMaxLength(100);

            b.Property<long>("TaskId");

            b.Property<string>("User")
                .IsRequired()
                .HasMaxLength(100);

            b.HasKey("Id");

            b.HasIndex("TaskId", "User")
                .IsUnique();

            b.HasIndex("User", "Id");

            b.ToTable("TaskCopies");
        });

        modelBuilder.Entity("GovWorkflow.Runtime.Persistence.TaskSignerRecord", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation("Sqlite:Autoincrement", true)
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            b.Property<long>("AddedAt");

            b.Property<string>("AddedBy")
                .IsRequired()
                .HasMaxLength(100);

            b.Property<bool?>("Agreed");

            b.Property<long?>("ClosedAt");

            b.Property<string>("InstanceId")
                .IsRequired()
                .HasMaxLength(100);

            b.Property<string>("Opinion")
                .HasMaxLength(1000);

            b.Property<string>("Request")
                .HasMaxLength(1000);

            b.Property<string>("Signer")
                .IsRequired()
                .HasMaxLength(100);

            b.Property<int>("Status");

            b.Property<long>("TaskId");

            b.HasKey("Id");

            b.HasIndex("Signer", "Status");

            b.HasIndex("TaskId", "Signer")
                .IsUnique();

            b.ToTable("TaskSigners");
        });

        modelBuilder.Entity("GovWorkflow.Runtime.Persistence.TaskRecord", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation("Sqlite:Autoincrement", true)
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            b.Property<string>("Assignee")
                .HasMaxLength(100);

            b.Property<long?>("BlueAt");

            b.Property<long>("BookmarkKey");

            b.Property<long?>("ClosedAt");

            b.Property<string>("ClosedBy")
                .HasMaxLength(100);

            b.Property<long>("CreatedAt");

            b.Property<string>("Department")
                .HasMaxLength(100);

            b.Property<long?>("DueAt");

            b.Property<string>("FormKey")
                .HasMaxLength(200);

            b.Property<string>("InstanceId")
                .IsRequired()
                .HasMaxLength(100);

            b.Property<int>("LoopCounter");

            b.Property<string>("Name")
                .HasMaxLength(500);

            b.Property<string>("NodeId")
                .IsRequired()
                .HasMaxLength(200);

            b.Property<string>("Owner")
                .HasMaxLength(100);

            b.Property<int>("Status");

            b.Property<long>("Version")
                .IsConcurrencyToken();

            b.Property<long?>("YellowAt");

            b.HasKey("Id");

            b.HasIndex("Assignee", "Status", "DueAt");

            b.HasIndex("Department", "Status", "DueAt");

            b.HasIndex("InstanceId", "BookmarkKey")
                .IsUnique();

            b.HasIndex("Status", "DueAt");

            b.HasIndex("Status", "YellowAt");

            b.ToTable("Tasks");
        });

        modelBuilder.Entity("GovWorkflow.Runtime.Persistence.TimerRecord", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation("Sqlite:Autoincrement", true)
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            b.Property<long>("BookmarkKey");

            b.Property<long?>("ClosedAt");

            b.Property<long>("DueAt");

            b.Property<string>("InstanceId")
                .IsRequired()
                .HasMaxLength(100);

            b.Property<string>("NodeId")
                .IsRequired()
                .HasMaxLength(200);

            b.Property<int>("Status");

            b.HasKey("Id");

            b.HasIndex("InstanceId", "BookmarkKey")
                .IsUnique();

            b.HasIndex("Status", "DueAt");

            b.ToTable("Timers");
        });

        modelBuilder.Entity("GovWorkflow.Runtime.Persistence.VariableRecord", b =>
        {
            b.Property<string>("InstanceId")
                .HasMaxLength(100);

            b.Property<string>("Name")
                .HasMaxLength(200);

            b.Property<string>("Value")
                .IsRequired();

            b.HasKey("InstanceId", "Name");

            b.ToTable("Variables");
        });

        modelBuilder.Entity("GovWorkflow.Runtime.Persistence.TaskCandidateRecord", b =>
        {
            b.HasOne("GovWorkflow.Runtime.Persistence.TaskRecord", null)
                .WithMany("Candidates")
                .HasForeignKey("TaskId")
                .OnDelete(DeleteBehavior.Cascade)
                .IsRequired();
        });

        modelBuilder.Entity("GovWorkflow.Runtime.Persistence.TaskRecord", b =>
        {
            b.Navigation("Candidates");
        });
    }
}
