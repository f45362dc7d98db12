using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GovWorkflow.Server.Auth.Persistence.Migrations;

/// <summary>The first server schema: users. Hand-written and provider-neutral like the runtime's; never edit once applied.</summary>
[DbContext(typeof(ServerDbContext))]
[Migration("20261201000000_ServerInitial")]
internal sealed class ServerInitial : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Users",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 100, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Department = table.Column<string>(maxLength: 100, nullable: true),
                Roles = table.Column<string>(maxLength: 400, nullable: false),
                IdNumber = table.Column<string>(maxLength: 50, nullable: true),
                PasswordHash = table.Column<string>(maxLength: 400, nullable: false),
                FailedAttempts = table.Column<int>(nullable: false),
                LockedUntil = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Users", x => x.Id));
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "Users");
    }
}
