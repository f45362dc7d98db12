using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GovWorkflow.Server.Auth.Persistence.Migrations;

/// <summary>Users.MustChangePassword. Hand-written and provider-neutral; never edit once applied.</summary>
/// <remarks>
/// Existing rows become <c>true</c>: before this migration no password could be changed, so every user still has the
/// demo seed's password.
/// </remarks>
[DbContext(typeof(ServerDbContext))]
[Migration("20261203000000_ServerMustChangePassword")]
internal sealed class ServerMustChangePassword : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<bool>(name: "MustChangePassword", table: "Users", nullable: false, defaultValue: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "MustChangePassword", table: "Users");
    }
}
