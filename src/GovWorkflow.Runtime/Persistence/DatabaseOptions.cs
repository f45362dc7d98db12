using GovWorkflow.Domain.Errors;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>Where the runtime keeps its state (configuration section <c>Database</c>).</summary>
/// <remarks>
/// With no settings at all the runtime uses an SQLite file <c>data/govworkflow.db</c>, created on first run,
/// so that a single node starts without any set-up. <see cref="Validate"/> is called at start-up and by
/// <see cref="RuntimeDatabase.Build(DatabaseOptions)"/>: a wrong setting stops the host with a message that names the key.
/// </remarks>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Database";

    /// <summary>The SQLite file created in <see cref="DataFolder"/>.</summary>
    public const string SqliteFileName = "govworkflow.db";

    /// <summary>The database engine. Default <see cref="DatabaseProvider.Sqlite"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The ADO.NET connection string. Required for <see cref="DatabaseProvider.Postgres"/>
    /// (e.g. <c>Host=db;Database=govworkflow;Username=govwf;Password=…</c>). For SQLite it is optional:
    /// when empty, the file <see cref="SqliteFileName"/> in <see cref="DataFolder"/> is used with the
    /// recommended settings; when given, it is used as written.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// SQLite only, when <see cref="ConnectionString"/> is empty: the folder of the database file, relative
    /// to the current directory or absolute. Default <c>data</c>; created on first run.
    /// </summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Every problem with these settings, in Simplified Chinese with a stable code; empty when they are usable.</summary>
    public IReadOnlyList<DomainError> Validate()
    {
        var problems = new List<DomainError>();
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                if (string.IsNullOrWhiteSpace(ConnectionString))
                {
                    if (string.IsNullOrWhiteSpace(DataFolder))
                    {
                        problems.Add(Problem(
                            "runtime.database.data-folder-missing",
                            "未配置 SQLite 数据目录：请设置 Database:DataFolder（默认 data），或设置 Database:ConnectionString。",
                            "No SQLite data folder: set Database:DataFolder (default data) or Database:ConnectionString.",
                            nameof(DataFolder)));
                    }
                }
                else
                {
                    CheckConnectionString(problems, static cs => _ = new SqliteConnectionStringBuilder(cs), "SQLite");
                }

                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(ConnectionString))
                {
                    problems.Add(Problem(
                        "runtime.database.connection-string-missing",
                        "使用 PostgreSQL 时必须配置 Database:ConnectionString，例如 Host=db;Database=govworkflow;Username=govwf;Password=…。",
                        "PostgreSQL needs Database:ConnectionString, e.g. Host=db;Database=govworkflow;Username=govwf;Password=….",
                        nameof(ConnectionString)));
                }
                else
                {
                    CheckConnectionString(problems, static cs => _ = new NpgsqlConnectionStringBuilder(cs), "PostgreSQL");
                }

                break;
            default:
                problems.Add(Problem(
                    "runtime.database.provider-unknown",
                    $"不支持的数据库类型“{Provider}”：Database:Provider 只能是 Sqlite 或 Postgres。",
                    $"Unsupported database provider '{Provider}': Database:Provider must be Sqlite or Postgres.",
                    nameof(Provider)));
                break;
        }

        return problems;
    }

    private void CheckConnectionString(List<DomainError> problems, Action<string> parse, string engine)
    {
        try
        {
            parse(ConnectionString!);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            problems.Add(Problem(
                "runtime.database.connection-string-invalid",
                $"Database:ConnectionString 不是有效的 {engine} 连接字符串：{e.Message}",
                $"Database:ConnectionString is not a valid {engine} connection string: {e.Message}",
                nameof(ConnectionString)));
        }
    }

    private static DomainError Problem(string code, string message, string english, string key) =>
        new(code, message, english, new SourceLocation(Field: SectionName + ":" + key));
}
