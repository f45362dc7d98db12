using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace GovWorkflow.Server.Auth.Persistence.Migrations;

/// <summary>The server model as of the newest migration, frozen in code (the EF Core design package is not available).</summary>
[DbContext(typeof(ServerDbContext))]
internal sealed class ServerDbContextModelSnapshot : ModelSnapshot
{
    /// <inheritdoc />
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasAnnotation("ProductVersion", "10.0.14");

        modelBuilder.Entity("GovWorkflow.Server.Auth.Persistence.UserRecord", b =>
        {
            b.Property<string>("Id").HasMaxLength(100);
            b.Property<string>("Department").HasMaxLength(100);
            b.Property<int>("FailedAttempts");
            b.Property<string>("IdNumber").HasMaxLength(50);
            b.Property<long?>("LockedUntil");
            b.Property<bool>("MustChangePassword");
            b.Property<string>("Name").IsRequired().HasMaxLength(200);
            b.Property<string>("PasswordHash").IsRequired().HasMaxLength(400);
            b.Property<string>("Roles").IsRequired().HasMaxLength(400);
            b.HasKey("Id");
            b.ToTable("Users");
        });

        modelBuilder.Entity("GovWorkflow.Server.Cases.MaterialFileRecord", b =>
        {
            b.Property<long>("Id")
                .ValueGeneratedOnAdd()
                .HasAnnotation("Sqlite:Autoincrement", true)
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("CaseId").IsRequired().HasMaxLength(200);
            b.Property<string>("ContentType").IsRequired().HasMaxLength(100);
            b.Property<string>("MaterialKey").IsRequired().HasMaxLength(200);
            b.Property<string>("OriginalName").IsRequired().HasMaxLength(255);
            b.Property<string>("Sha256").IsRequired().HasMaxLength(64);
            b.Property<long>("Size");
            b.Property<string>("StoredName").IsRequired().HasMaxLength(300);
            b.Property<long>("UploadedAt");
            b.Property<string>("UploadedBy").IsRequired().HasMaxLength(100);
            b.HasKey("Id");
            b.HasIndex("CaseId");
            b.HasIndex("StoredName").IsUnique();
            b.ToTable("MaterialFiles");
        });
    }
}
