namespace GovWorkflow.Runtime.Persistence;

/// <summary>The database engine that holds the runtime's state.</summary>
public enum DatabaseProvider
{
    /// <summary>An SQLite file on the local disk: the embedded default, zero set-up, one node.</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL server: production and several server nodes on one database.</summary>
    Postgres = 1,
}
