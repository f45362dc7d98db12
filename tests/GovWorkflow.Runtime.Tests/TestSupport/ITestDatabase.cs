using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Runtime.Tests.TestSupport;

/// <summary>A fresh, empty database of one provider, deleted on dispose.</summary>
public interface ITestDatabase : IAsyncLifetime
{
    /// <summary>The provider.</summary>
    DatabaseProvider Provider { get; }

    /// <summary>The options <see cref="RuntimeDatabase.Build(DatabaseOptions)"/> gives for this database.</summary>
    DbContextOptions<RuntimeDbContext> Options { get; }

    /// <summary>A new context on this database.</summary>
    RuntimeDbContext CreateContext();
}
