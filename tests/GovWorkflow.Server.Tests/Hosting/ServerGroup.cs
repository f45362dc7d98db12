namespace GovWorkflow.Server.Tests.Hosting;

/// <summary>The tests sharing the SQLite server.</summary>
[CollectionDefinition(Name)]
public sealed class ServerGroup : ICollectionFixture<SqliteServerFixture>
{
    public const string Name = "server";
}
