using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Server.Auth.Persistence;

/// <summary>What the server owns in the shared database: its users.</summary>
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
    }
}
