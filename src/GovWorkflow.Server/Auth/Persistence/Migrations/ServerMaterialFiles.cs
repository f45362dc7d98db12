using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace GovWorkflow.Server.Auth.Persistence.Migrations;

/// <summary>Uploaded material files: one row per file, the file itself under the data folder. Hand-written and provider-neutral; never edit once applied.</summary>
[DbContext(typeof(ServerDbContext))]
[Migration("20261202000000_ServerMaterialFiles")]
internal sealed class ServerMaterialFiles : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "MaterialFiles",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                CaseId = table.Column<string>(maxLength: 200, nullable: false),
                MaterialKey = table.Column<string>(maxLength: 200, nullable: false),
                OriginalName = table.Column<string>(maxLength: 255, nullable: false),
                ContentType = table.Column<string>(maxLength: 100, nullable: false),
                Size = table.Column<long>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                StoredName = table.Column<string>(maxLength: 300, nullable: false),
                UploadedBy = table.Column<string>(maxLength: 100, nullable: false),
                UploadedAt = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MaterialFiles", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_MaterialFiles_CaseId", table: "MaterialFiles", column: "CaseId");
        migrationBuilder.CreateIndex(name: "IX_MaterialFiles_StoredName", table: "MaterialFiles", column: "StoredName", unique: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "MaterialFiles");
    }
}
