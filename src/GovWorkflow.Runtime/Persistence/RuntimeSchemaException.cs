using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>The database schema cannot be used by this build of GovWorkflow; nothing was changed.</summary>
/// <remarks>
/// Thrown at start-up by <see cref="RuntimeDatabase.MigrateAsync"/> when the database has migrations applied
/// that this build does not know: a newer GovWorkflow upgraded it. Running an older build on it could
/// corrupt data the newer schema relies on, so the host must stop. Hosts show <see cref="Error"/>.
/// </remarks>
public sealed class RuntimeSchemaException : Exception
{
    /// <summary>The stable code of a database whose schema is newer than this build.</summary>
    public const string SchemaNewerCode = "runtime.schema-newer";

    /// <summary>Creates the exception for the migrations the database has and this build does not know.</summary>
    public RuntimeSchemaException(IReadOnlyList<string> unknownMigrations)
        : this(NewerSchema(unknownMigrations ?? throw new ArgumentNullException(nameof(unknownMigrations))), unknownMigrations)
    {
    }

    /// <summary>Creates the exception with a plain message; prefer the constructor that takes the migration ids.</summary>
    public RuntimeSchemaException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a plain message; prefer the constructor that takes the migration ids.</summary>
    public RuntimeSchemaException(string message)
        : this(new DomainError(SchemaNewerCode, message, message), [])
    {
    }

    /// <summary>Creates the exception with a plain message and cause; prefer the constructor that takes the migration ids.</summary>
    public RuntimeSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new DomainError(SchemaNewerCode, message, message);
        UnknownMigrations = [];
    }

    private RuntimeSchemaException(DomainError error, IReadOnlyList<string> unknownMigrations)
        : base(error.ToString())
    {
        Error = error;
        UnknownMigrations = unknownMigrations;
    }

    /// <summary>The problem, for people (code <see cref="SchemaNewerCode"/>).</summary>
    public DomainError Error { get; }

    /// <summary>The migration ids applied to the database that this build does not know, in the database's order.</summary>
    public IReadOnlyList<string> UnknownMigrations { get; }

    private static DomainError NewerSchema(IReadOnlyList<string> unknown)
    {
        var ids = string.Join("、", unknown);
        return new DomainError(
            SchemaNewerCode,
            $"数据库结构比当前 GovWorkflow 版本新（本版本不认识的迁移：{ids}）。请升级 GovWorkflow 到不低于升级该数据库的版本后再启动；本次未对数据库做任何修改。",
            $"The database schema is newer than this GovWorkflow build (unknown migrations: {string.Join(", ", unknown)}). Upgrade GovWorkflow to at least the version that upgraded the database; nothing was changed.");
    }
}
