using GovWorkflow.Server.Cases;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Server.Auth.Persistence;

/// <summary>What the server owns in the shared database: its users and the uploaded material files.</summary>
/// <remarks>
/// Same database as the runtime and the case records, with its own migrations history table, so neither of those
/// schemas knows about sign-in. Provider-neutral: no column types, instants as Unix ticks.
/// </remarks>
public sealed class ServerDbContext(DbContextOptions<ServerDbContext> options) : DbContext(options)
{
    /// <summary>The migrations history table of this schema.</summary>
    public const string HistoryTable = "__ServerMigrationsHistory";

    /// <summary>Users.</summary>
    public DbSet<UserRecord> Users => Set<UserRecord>();

    /// <summary>Uploaded material files.</summary>
    public DbSet<MaterialFileRecord> MaterialFiles => Set<MaterialFileRecord>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var users = modelBuilder.Entity<UserRecord>();
        users.ToTable("Users");
        users.HasKey(u => u.Id);
        users.Property(u => u.Id).HasMaxLength(100);
        users.Property(u => u.Name).HasMaxLength(200);
        users.Property(u => u.Department).HasMaxLength(100);
        users.Property(u => u.Roles).HasMaxLength(400);
        users.Property(u => u.IdNumber).HasMaxLength(50);
        users.Property(u => u.PasswordHash).HasMaxLength(400);
        users.Ignore(u => u.RoleList);

        var files = modelBuilder.Entity<MaterialFileRecord>();
        files.ToTable("MaterialFiles");
        files.HasKey(f => f.Id);
        files.Property(f => f.Id)
            .ValueGeneratedOnAdd()
            .HasAnnotation("Sqlite:Autoincrement", true)
            .HasAnnotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
        files.Property(f => f.CaseId).HasMaxLength(200);
        files.Property(f => f.MaterialKey).HasMaxLength(200);
        files.Property(f => f.OriginalName).HasMaxLength(255);
        files.Property(f => f.ContentType).HasMaxLength(100);
        files.Property(f => f.Sha256).HasMaxLength(64);
        files.Property(f => f.StoredName).HasMaxLength(300);
        files.Property(f => f.UploadedBy).HasMaxLength(100);
        files.HasIndex(f => f.CaseId);
        files.HasIndex(f => f.StoredName).IsUnique();
    }
}
