using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace GovWorkflow.Runtime.Persistence.Migrations;

/// <summary>Task operations: the owner of a delegated task (<see cref="TaskRecord.Owner"/>) and carbon copies (<see cref="TaskCopyRecord"/>).</summary>
/// <remarks>Written by hand like <see cref="Initial"/>; <see cref="RuntimeDbContextModelSnapshot"/> is updated with it.</remarks>
[DbContext(typeof(RuntimeDbContext))]
[Migration("20261124000000_TaskOperations")]
internal sealed class TaskOperations : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.AddColumn<string>(
            name: "Owner",
            table: "Tasks",
            maxLength: 100,
            nullable: true);

        migrationBuilder.CreateTable(
            name: "TaskCopies",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                TaskId = table.Column<long>(nullable: false),
                InstanceId = table.Column<string>(maxLength: 100, nullable: false),
                User = table.Column<string>(maxLength: 100, nullable: false),
                CopiedBy = table.Column<string>(maxLength: 100, nullable: false),
                CopiedAt = table.Column<long>(nullable: false),
                Comment = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_TaskCopies", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_TaskCopies_TaskId_User",
            table: "TaskCopies",
            columns: ["TaskId", "User"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_TaskCopies_User_Id",
            table: "TaskCopies",
            columns: ["User", "Id"]);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "TaskCopies");
        migrationBuilder.DropColumn(name: "Owner", table: "Tasks");
    }
}
