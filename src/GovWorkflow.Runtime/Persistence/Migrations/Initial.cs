using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace GovWorkflow.Runtime.Persistence.Migrations;

/// <summary>The first schema: every table and index of <see cref="RuntimeDbContext"/>.</summary>
/// <remarks>
/// Written by hand (the EF Core design package is not available) and provider-neutral: no column types, so
/// SQLite and PostgreSQL each choose theirs from the CLR type and length. Never edit an applied migration;
/// add a new one and update <see cref="RuntimeDbContextModelSnapshot"/> in the same change.
/// </remarks>
[DbContext(typeof(RuntimeDbContext))]
[Migration("20261123000000_Initial")]
internal sealed class Initial : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "ActivityJobs",
            columns: table => new
            {
                Id = Identity(table),
                InstanceId = table.Column<string>(maxLength: 100, nullable: false),
                BookmarkKey = table.Column<long>(nullable: false),
                NodeId = table.Column<string>(maxLength: 200, nullable: false),
                ActivityType = table.Column<string>(maxLength: 200, nullable: false),
                Status = table.Column<int>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                LastError = table.Column<string>(nullable: true),
                CreatedAt = table.Column<long>(nullable: false),
                ClosedAt = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ActivityJobs", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Audit",
            columns: table => new
            {
                Id = Identity(table),
                InstanceId = table.Column<string>(maxLength: 100, nullable: true),
                Actor = table.Column<string>(maxLength: 100, nullable: false),
                Action = table.Column<string>(maxLength: 100, nullable: false),
                At = table.Column<long>(nullable: false),
                Before = table.Column<string>(nullable: true),
                After = table.Column<string>(nullable: true),
                Detail = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Audit", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Bookmarks",
            columns: table => new
            {
                InstanceId = table.Column<string>(maxLength: 100, nullable: false),
                Key = table.Column<long>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                NodeId = table.Column<string>(maxLength: 200, nullable: false),
                MessageName = table.Column<string>(maxLength: 200, nullable: true),
                DueAt = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Bookmarks", x => new { x.InstanceId, x.Key }));

        migrationBuilder.CreateTable(
            name: "Definitions",
            columns: table => new
            {
                Id = Identity(table),
                ProcessId = table.Column<string>(maxLength: 200, nullable: false),
                Version = table.Column<int>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 500, nullable: true),
                BpmnXml = table.Column<string>(nullable: false),
                ContentHash = table.Column<string>(maxLength: 64, nullable: false),
                NodeCount = table.Column<int>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 100, nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
                PublishedAt = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Definitions", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Instances",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 100, nullable: false),
                ProcessId = table.Column<string>(maxLength: 200, nullable: false),
                DefinitionVersion = table.Column<int>(nullable: false),
                Status = table.Column<int>(nullable: false),
                State = table.Column<string>(nullable: false),
                Sequence = table.Column<long>(nullable: false),
                ParentInstanceId = table.Column<string>(maxLength: 100, nullable: true),
                ParentBookmarkKey = table.Column<long>(nullable: true),
                CreatedAt = table.Column<long>(nullable: false),
                UpdatedAt = table.Column<long>(nullable: false),
                EndedAt = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Instances", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Outbox",
            columns: table => new
            {
                Id = Identity(table),
                InstanceId = table.Column<string>(maxLength: 100, nullable: true),
                Kind = table.Column<string>(maxLength: 100, nullable: false),
                Payload = table.Column<string>(nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
                SentAt = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Outbox", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Tasks",
            columns: table => new
            {
                Id = Identity(table),
                InstanceId = table.Column<string>(maxLength: 100, nullable: false),
                BookmarkKey = table.Column<long>(nullable: false),
                NodeId = table.Column<string>(maxLength: 200, nullable: false),
                Name = table.Column<string>(maxLength: 500, nullable: true),
                Assignee = table.Column<string>(maxLength: 100, nullable: true),
                Department = table.Column<string>(maxLength: 100, nullable: true),
                FormKey = table.Column<string>(maxLength: 200, nullable: true),
                LoopCounter = table.Column<int>(nullable: false),
                Status = table.Column<int>(nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
                BlueAt = table.Column<long>(nullable: true),
                YellowAt = table.Column<long>(nullable: true),
                DueAt = table.Column<long>(nullable: true),
                ClosedAt = table.Column<long>(nullable: true),
                ClosedBy = table.Column<string>(maxLength: 100, nullable: true),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Tasks", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Timers",
            columns: table => new
            {
                Id = Identity(table),
                InstanceId = table.Column<string>(maxLength: 100, nullable: false),
                BookmarkKey = table.Column<long>(nullable: false),
                NodeId = table.Column<string>(maxLength: 200, nullable: false),
                DueAt = table.Column<long>(nullable: false),
                Status = table.Column<int>(nullable: false),
                ClosedAt = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Timers", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Variables",
            columns: table => new
            {
                InstanceId = table.Column<string>(maxLength: 100, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Value = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Variables", x => new { x.InstanceId, x.Name }));

        migrationBuilder.CreateTable(
            name: "TaskCandidates",
            columns: table => new
            {
                TaskId = table.Column<long>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                Value = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TaskCandidates", x => new { x.TaskId, x.Kind, x.Value });
                table.ForeignKey(
                    name: "FK_TaskCandidates_Tasks_TaskId",
                    column: x => x.TaskId,
                    principalTable: "Tasks",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_ActivityJobs_InstanceId_BookmarkKey",
            table: "ActivityJobs",
            columns: ["InstanceId", "BookmarkKey"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ActivityJobs_Status_Id",
            table: "ActivityJobs",
            columns: ["Status", "Id"]);

        migrationBuilder.CreateIndex(
            name: "IX_Audit_InstanceId_Id",
            table: "Audit",
            columns: ["InstanceId", "Id"]);

        migrationBuilder.CreateIndex(
            name: "IX_Bookmarks_MessageName_InstanceId",
            table: "Bookmarks",
            columns: ["MessageName", "InstanceId"]);

        migrationBuilder.CreateIndex(
            name: "IX_Definitions_ProcessId_Version",
            table: "Definitions",
            columns: ["ProcessId", "Version"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Instances_ParentInstanceId",
            table: "Instances",
            column: "ParentInstanceId");

        migrationBuilder.CreateIndex(
            name: "IX_Instances_Status_ProcessId",
            table: "Instances",
            columns: ["Status", "ProcessId"]);

        migrationBuilder.CreateIndex(
            name: "IX_Outbox_SentAt_Id",
            table: "Outbox",
            columns: ["SentAt", "Id"]);

        migrationBuilder.CreateIndex(
            name: "IX_TaskCandidates_Kind_Value_TaskId",
            table: "TaskCandidates",
            columns: ["Kind", "Value", "TaskId"]);

        migrationBuilder.CreateIndex(
            name: "IX_Tasks_Assignee_Status_DueAt",
            table: "Tasks",
            columns: ["Assignee", "Status", "DueAt"]);

        migrationBuilder.CreateIndex(
            name: "IX_Tasks_Department_Status_DueAt",
            table: "Tasks",
            columns: ["Department", "Status", "DueAt"]);

        migrationBuilder.CreateIndex(
            name: "IX_Tasks_InstanceId_BookmarkKey",
            table: "Tasks",
            columns: ["InstanceId", "BookmarkKey"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Tasks_Status_DueAt",
            table: "Tasks",
            columns: ["Status", "DueAt"]);

        migrationBuilder.CreateIndex(
            name: "IX_Tasks_Status_YellowAt",
            table: "Tasks",
            columns: ["Status", "YellowAt"]);

        migrationBuilder.CreateIndex(
            name: "IX_Timers_InstanceId_BookmarkKey",
            table: "Timers",
            columns: ["InstanceId", "BookmarkKey"],
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Timers_Status_DueAt",
            table: "Timers",
            columns: ["Status", "DueAt"]);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "TaskCandidates");
        migrationBuilder.DropTable(name: "ActivityJobs");
        migrationBuilder.DropTable(name: "Audit");
        migrationBuilder.DropTable(name: "Bookmarks");
        migrationBuilder.DropTable(name: "Definitions");
        migrationBuilder.DropTable(name: "Instances");
        migrationBuilder.DropTable(name: "Outbox");
        migrationBuilder.DropTable(name: "Tasks");
        migrationBuilder.DropTable(name: "Timers");
        migrationBuilder.DropTable(name: "Variables");
    }

    /// <summary>An increasing integer key: AUTOINCREMENT on SQLite, an identity column on PostgreSQL.</summary>
    private static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder table) =>
        table.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
