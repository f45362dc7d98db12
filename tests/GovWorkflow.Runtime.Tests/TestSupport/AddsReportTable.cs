using Microsoft.EntityFrameworkCore.Migrations;

namespace GovWorkflow.Runtime.Tests.TestSupport;

/// <summary>A migration only a "newer build" has (see <see cref="NewerBuildMigrationsAssembly"/>): it adds one table.</summary>
[Migration(Id)]
public sealed class AddsReportTable : Migration
{
    /// <summary>The migration id, newer than every real one.</summary>
    public const string Id = "20990101000000_AddsReportTable";

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "TestReports",
            columns: table => new { Id = table.Column<long>(nullable: false), Title = table.Column<string>(maxLength: 100, nullable: false) },
            constraints: table => table.PrimaryKey("PK_TestReports", x => x.Id));

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "TestReports");
}
