using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace GovWorkflow.Activities.Cases.Persistence.Migrations;

/// <summary>The first case schema. Hand-written and provider-neutral like the runtime's; never edit once applied.</summary>
[DbContext(typeof(CaseDbContext))]
[Migration("20261124000000_CasesInitial")]
internal sealed class CasesInitial : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Cases",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 100, nullable: false),
                BundleCode = table.Column<string>(maxLength: 100, nullable: false),
                ApplicantId = table.Column<string>(maxLength: 50, nullable: false),
                ApplicantName = table.Column<string>(maxLength: 200, nullable: false),
                Status = table.Column<int>(nullable: false),
                ReceivedAt = table.Column<long>(nullable: false),
                Data = table.Column<string>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Cases", x => x.Id));

        migrationBuilder.CreateTable(
            name: "CaseTimeline",
            columns: table => new
            {
                Id = Identity(table),
                CaseId = table.Column<string>(maxLength: 100, nullable: false),
                JobId = table.Column<long>(nullable: true),
                At = table.Column<long>(nullable: false),
                Actor = table.Column<string>(maxLength: 100, nullable: false),
                Action = table.Column<string>(maxLength: 100, nullable: false),
                Text = table.Column<string>(nullable: false),
                Clock = table.Column<string>(nullable: false),
                Outputs = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_CaseTimeline", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Licenses",
            columns: table => new
            {
                Number = table.Column<string>(maxLength: 100, nullable: false),
                Type = table.Column<string>(maxLength: 100, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                HolderId = table.Column<string>(maxLength: 50, nullable: false),
                HolderName = table.Column<string>(maxLength: 200, nullable: false),
                Issuer = table.Column<string>(maxLength: 100, nullable: false),
                IssuedOn = table.Column<string>(maxLength: 10, nullable: false),
                ValidUntil = table.Column<string>(maxLength: 10, nullable: true),
                Status = table.Column<int>(nullable: false),
                Items = table.Column<string>(nullable: false),
                CaseId = table.Column<string>(maxLength: 100, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Licenses", x => x.Number));

        migrationBuilder.CreateTable(
            name: "CreditRecords",
            columns: table => new
            {
                Id = Identity(table),
                HolderId = table.Column<string>(maxLength: 50, nullable: false),
                CaseId = table.Column<string>(maxLength: 100, nullable: false),
                Reason = table.Column<string>(nullable: false),
                RecordedOn = table.Column<string>(maxLength: 10, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CreditRecords", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_Cases_ApplicantId", table: "Cases", column: "ApplicantId");
        migrationBuilder.CreateIndex(name: "IX_CaseTimeline_CaseId_JobId", table: "CaseTimeline", columns: ["CaseId", "JobId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_CaseTimeline_CaseId_Id", table: "CaseTimeline", columns: ["CaseId", "Id"]);
        migrationBuilder.CreateIndex(name: "IX_Licenses_HolderId", table: "Licenses", column: "HolderId");
        migrationBuilder.CreateIndex(name: "IX_CreditRecords_HolderId", table: "CreditRecords", column: "HolderId");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "CreditRecords");
        migrationBuilder.DropTable(name: "Licenses");
        migrationBuilder.DropTable(name: "CaseTimeline");
        migrationBuilder.DropTable(name: "Cases");
    }

    private static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder table) =>
        table.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
