namespace GovWorkflow.Server.Tests.Hosting;

/// <summary>The tests sharing the PostgreSQL server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresServerGroup : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "server-postgres";
}
