using System.Reflection;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Persistence.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GovWorkflow.Runtime.Tests.TestSupport;

/// <summary>The migrations of a future GovWorkflow build: this build's, plus <see cref="AddsReportTable"/>.</summary>
public sealed class NewerBuildMigrationsAssembly : IMigrationsAssembly
{
    /// <inheritdoc />
    public IReadOnlyDictionary<string, TypeInfo> Migrations { get; } = new SortedList<string, TypeInfo>(
        typeof(RuntimeDbContext).Assembly.GetTypes()
            .Append(typeof(AddsReportTable))
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<MigrationAttribute>() is not null)
            .ToDictionary(t => t.GetCustomAttribute<MigrationAttribute>()!.Id, t => t.GetTypeInfo(), StringComparer.Ordinal),
        StringComparer.Ordinal);

    /// <inheritdoc />
    public ModelSnapshot? ModelSnapshot { get; } = new RuntimeDbContextModelSnapshot();

    /// <inheritdoc />
    public Assembly Assembly => typeof(RuntimeDbContext).Assembly;

    /// <summary>Options for a context of the newer build on the same database as <paramref name="options"/>.</summary>
    public static DbContextOptions<RuntimeDbContext> On(DbContextOptions<RuntimeDbContext> options) =>
        new DbContextOptionsBuilder<RuntimeDbContext>(options)
            .ReplaceService<IMigrationsAssembly, NewerBuildMigrationsAssembly>()
            .Options;

    /// <inheritdoc />
    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(id => id == nameOrId || id.EndsWith("_" + nameOrId, StringComparison.Ordinal));

    /// <inheritdoc />
    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationClass);
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }
}
