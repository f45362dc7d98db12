using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>The runtime's one schema, the same on SQLite and PostgreSQL.</summary>
/// <remarks>
/// Provider-neutral on purpose: no column types, instants as Unix ticks, enums as integers, so one set of
/// hand-written migrations (<c>Migrations/</c>) applies to both. Identity keys carry both providers' annotations.
/// </remarks>
public sealed class RuntimeDbContext(DbContextOptions<RuntimeDbContext> options) : DbContext(options)
{
    /// <summary>Definition versions.</summary>
    public DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();

    /// <summary>Process instances.</summary>
    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();

    /// <summary>Open bookmarks.</summary>
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();

    /// <summary>User tasks.</summary>
    public DbSet<TaskRecord> Tasks => Set<TaskRecord>();

    /// <summary>Task candidates.</summary>
    public DbSet<TaskCandidateRecord> TaskCandidates => Set<TaskCandidateRecord>();

    /// <summary>Carbon copies (抄送) of tasks.</summary>
    public DbSet<TaskCopyRecord> TaskCopies => Set<TaskCopyRecord>();

    /// <summary>Added signers (加签) of tasks.</summary>
    public DbSet<TaskSignerRecord> TaskSigners => Set<TaskSignerRecord>();

    /// <summary>Timers.</summary>
    public DbSet<TimerRecord> Timers => Set<TimerRecord>();

    /// <summary>Service-task activity jobs.</summary>
    public DbSet<ActivityJobRecord> ActivityJobs => Set<ActivityJobRecord>();

    /// <summary>Process variables.</summary>
    public DbSet<VariableRecord> Variables => Set<VariableRecord>();

    /// <summary>The audit log.</summary>
    public DbSet<AuditRecord> Audit => Set<AuditRecord>();

    /// <summary>The outbox.</summary>
    public DbSet<OutboxRecord> Outbox => Set<OutboxRecord>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Instant>().HaveConversion<InstantTicksConverter>();
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ConfigureDefinition(modelBuilder.Entity<DefinitionRecord>());
        ConfigureInstance(modelBuilder.Entity<InstanceRecord>());
        ConfigureBookmark(modelBuilder.Entity<BookmarkRecord>());
        ConfigureTask(modelBuilder.Entity<TaskRecord>());
        ConfigureTaskCandidate(modelBuilder.Entity<TaskCandidateRecord>());
        ConfigureTaskCopy(modelBuilder.Entity<TaskCopyRecord>());
        ConfigureTaskSigner(modelBuilder.Entity<TaskSignerRecord>());
        ConfigureTimer(modelBuilder.Entity<TimerRecord>());
        ConfigureActivityJob(modelBuilder.Entity<ActivityJobRecord>());
        ConfigureVariable(modelBuilder.Entity<VariableRecord>());
        ConfigureAudit(modelBuilder.Entity<AuditRecord>());
        ConfigureOutbox(modelBuilder.Entity<OutboxRecord>());
    }

    private static void ConfigureDefinition(EntityTypeBuilder<DefinitionRecord> definition)
    {
        definition.ToTable("Definitions");
        Identity(definition.Property(d => d.Id));
        definition.Property(d => d.ProcessId).HasMaxLength(200);
        definition.Property(d => d.Name).HasMaxLength(500);
        definition.Property(d => d.ContentHash).HasMaxLength(64);
        definition.Property(d => d.CreatedBy).HasMaxLength(100);
        definition.HasIndex(d => new { d.ProcessId, d.Version }).IsUnique();
    }

    private static void ConfigureInstance(EntityTypeBuilder<InstanceRecord> instance)
    {
        instance.ToTable("Instances");
        instance.Property(i => i.Id).HasMaxLength(100);
        instance.Property(i => i.ProcessId).HasMaxLength(200);
        instance.Property(i => i.ParentInstanceId).HasMaxLength(100);
        instance.Property(i => i.SuspendedBy).HasMaxLength(100);
        instance.Property(i => i.Sequence).IsConcurrencyToken();
        instance.HasIndex(i => new { i.Status, i.ProcessId });
        instance.HasIndex(i => i.ParentInstanceId);
    }

    private static void ConfigureBookmark(EntityTypeBuilder<BookmarkRecord> bookmark)
    {
        bookmark.ToTable("Bookmarks");
        bookmark.HasKey(b => new { b.InstanceId, b.Key });
        bookmark.Property(b => b.InstanceId).HasMaxLength(100);
        bookmark.Property(b => b.NodeId).HasMaxLength(200);
        bookmark.Property(b => b.MessageName).HasMaxLength(200);
        bookmark.HasIndex(b => new { b.MessageName, b.InstanceId });
    }

    private static void ConfigureTask(EntityTypeBuilder<TaskRecord> task)
    {
        task.ToTable("Tasks");
        Identity(task.Property(t => t.Id));
        task.Property(t => t.InstanceId).HasMaxLength(100);
        task.Property(t => t.NodeId).HasMaxLength(200);
        task.Property(t => t.Name).HasMaxLength(500);
        task.Property(t => t.Assignee).HasMaxLength(100);
        task.Property(t => t.Owner).HasMaxLength(100);
        task.Property(t => t.Department).HasMaxLength(100);
        task.Property(t => t.FormKey).HasMaxLength(200);
        task.Property(t => t.ClosedBy).HasMaxLength(100);
        task.Property(t => t.Version).IsConcurrencyToken();
        task.HasIndex(t => new { t.InstanceId, t.BookmarkKey }).IsUnique();
        task.HasIndex(t => new { t.Assignee, t.Status, t.DueAt });
        task.HasIndex(t => new { t.Department, t.Status, t.DueAt });
        task.HasIndex(t => new { t.Status, t.DueAt });
        task.HasIndex(t => new { t.Status, t.YellowAt });
        task.HasMany(t => t.Candidates).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
    }

    private static void ConfigureTaskCandidate(EntityTypeBuilder<TaskCandidateRecord> candidate)
    {
        candidate.ToTable("TaskCandidates");
        candidate.HasKey(c => new { c.TaskId, c.Kind, c.Value });
        candidate.Property(c => c.Value).HasMaxLength(100);
        candidate.HasIndex(c => new { c.Kind, c.Value, c.TaskId });
    }

    private static void ConfigureTaskCopy(EntityTypeBuilder<TaskCopyRecord> copy)
    {
        copy.ToTable("TaskCopies");
        Identity(copy.Property(c => c.Id));
        copy.Property(c => c.InstanceId).HasMaxLength(100);
        copy.Property(c => c.User).HasMaxLength(100);
        copy.Property(c => c.CopiedBy).HasMaxLength(100);
        copy.Property(c => c.Comment).HasMaxLength(1000);
        copy.HasIndex(c => new { c.User, c.Id });
        copy.HasIndex(c => new { c.TaskId, c.User }).IsUnique();
    }

    private static void ConfigureTaskSigner(EntityTypeBuilder<TaskSignerRecord> signer)
    {
        signer.ToTable("TaskSigners");
        Identity(signer.Property(s => s.Id));
        signer.Property(s => s.InstanceId).HasMaxLength(100);
        signer.Property(s => s.Signer).HasMaxLength(100);
        signer.Property(s => s.AddedBy).HasMaxLength(100);
        signer.Property(s => s.Request).HasMaxLength(1000);
        signer.Property(s => s.Opinion).HasMaxLength(1000);
        signer.HasIndex(s => new { s.TaskId, s.Signer }).IsUnique();
        signer.HasIndex(s => new { s.Signer, s.Status });
    }

    private static void ConfigureTimer(EntityTypeBuilder<TimerRecord> timer)
    {
        timer.ToTable("Timers");
        Identity(timer.Property(t => t.Id));
        timer.Property(t => t.InstanceId).HasMaxLength(100);
        timer.Property(t => t.NodeId).HasMaxLength(200);
        timer.HasIndex(t => new { t.InstanceId, t.BookmarkKey }).IsUnique();
        timer.HasIndex(t => new { t.Status, t.DueAt });
    }

    private static void ConfigureActivityJob(EntityTypeBuilder<ActivityJobRecord> job)
    {
        job.ToTable("ActivityJobs");
        Identity(job.Property(j => j.Id));
        job.Property(j => j.InstanceId).HasMaxLength(100);
        job.Property(j => j.NodeId).HasMaxLength(200);
        job.Property(j => j.ActivityType).HasMaxLength(200);
        job.HasIndex(j => new { j.InstanceId, j.BookmarkKey }).IsUnique();
        job.HasIndex(j => new { j.Status, j.Id });
    }

    private static void ConfigureVariable(EntityTypeBuilder<VariableRecord> variable)
    {
        variable.ToTable("Variables");
        variable.HasKey(v => new { v.InstanceId, v.Name });
        variable.Property(v => v.InstanceId).HasMaxLength(100);
        variable.Property(v => v.Name).HasMaxLength(200);
    }

    private static void ConfigureAudit(EntityTypeBuilder<AuditRecord> audit)
    {
        audit.ToTable("Audit");
        Identity(audit.Property(a => a.Id));
        audit.Property(a => a.InstanceId).HasMaxLength(100);
        audit.Property(a => a.Actor).HasMaxLength(100);
        audit.Property(a => a.Action).HasMaxLength(100);
        audit.HasIndex(a => new { a.InstanceId, a.Id });
    }

    private static void ConfigureOutbox(EntityTypeBuilder<OutboxRecord> outbox)
    {
        outbox.ToTable("Outbox");
        Identity(outbox.Property(o => o.Id));
        outbox.Property(o => o.InstanceId).HasMaxLength(100);
        outbox.Property(o => o.Kind).HasMaxLength(100);
        outbox.HasIndex(o => new { o.SentAt, o.Id });
    }

    /// <summary>An increasing integer key on both providers (SQLite AUTOINCREMENT never reuses a deleted id).</summary>
    private static void Identity(PropertyBuilder<long> property) =>
        property.ValueGeneratedOnAdd()
            .HasAnnotation("Sqlite:Autoincrement", true)
            .HasAnnotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
