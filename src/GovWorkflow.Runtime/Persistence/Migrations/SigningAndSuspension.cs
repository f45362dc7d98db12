using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace GovWorkflow.Runtime.Persistence.Migrations;

/// <summary>Added signers of tasks (<see cref="TaskSignerRecord"/>) and suspended instances (<see cref="InstanceRecord.SuspendedAt"/>).</summary>
/// <remarks>Written by hand like <see cref="Initial"/>; <see cref="RuntimeDbContextModelSnapshot"/> is updated with it.</remarks>
[DbContext(typeof(RuntimeDbContext))]
[Migration("20261203000000_SigningAndSuspension")]
internal sealed class SigningAndSuspension : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.AddColumn<long>(name: "SuspendedAt", table: "Instances", nullable: true);
        migrationBuilder.AddColumn<string>(name: "SuspendedBy", table: "Instances", maxLength: 100, nullable: true);

        migrationBuilder.CreateTable(
            name: "TaskSigners",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                TaskId = table.Column<long>(nullable: false),
                InstanceId = table.Column<string>(maxLength: 100, nullable: false),
                Signer = table.Column<string>(maxLength: 100, nullable: false),
                AddedBy = table.Column<string>(maxLength: 100, nullable: false),
                AddedAt = table.Column<long>(nullable: false),
                Request = table.Column<string>(maxLength: 1000, nullable: true),
                Status = table.Column<int>(nullable: false),
                Agreed = table.Column<bool>(nullable: true),
                Opinion = table.Column<string>(maxLength: 1000, nullable: true),
                ClosedAt = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_TaskSigners", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_TaskSigners_TaskId_Signer",
            table: "TaskSigners",
            columns: ["TaskId", "Signer"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_TaskSigners_Signer_Status",
            table: "TaskSigners",
            columns: ["Signer", "Status"]);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "TaskSigners");
        migrationBuilder.DropColumn(name: "SuspendedBy", table: "Instances");
        migrationBuilder.DropColumn(name: "SuspendedAt", table: "Instances");
    }
}
