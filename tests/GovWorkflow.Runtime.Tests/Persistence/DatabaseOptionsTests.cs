using GovWorkflow.Domain.Errors;
using GovWorkflow.Runtime.Persistence;

namespace GovWorkflow.Runtime.Tests.Persistence;

public sealed class DatabaseOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreSqliteInDataFolderWithoutProblems()
    {
        var options = new DatabaseOptions();

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal("data", options.DataFolder);
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void Validate_PostgresWithoutConnectionString_NamesTheKeyInChinese()
    {
        var problem = Assert.Single(new DatabaseOptions { Provider = DatabaseProvider.Postgres }.Validate());

        Assert.Equal("runtime.database.connection-string-missing", problem.Code);
        Assert.Equal("Database:ConnectionString", problem.Location?.Field);
        Assert.Contains("必须配置", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SqliteWithoutFolderOrConnectionString_IsAProblem()
    {
        var problem = Assert.Single(new DatabaseOptions { DataFolder = " " }.Validate());

        Assert.Equal("runtime.database.data-folder-missing", problem.Code);
    }

    [Fact]
    public void Validate_MalformedConnectionStringOrUnknownProvider_AreProblems()
    {
        Assert.Equal(
            "runtime.database.connection-string-invalid",
            Assert.Single(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=db;NoSuchKey=1" }.Validate()).Code);
        Assert.Equal(
            "runtime.database.connection-string-invalid",
            Assert.Single(new DatabaseOptions { ConnectionString = "Data Source=x.db;Cache=Sometimes" }.Validate()).Code);
        Assert.Equal("runtime.database.provider-unknown", Assert.Single(new DatabaseOptions { Provider = (DatabaseProvider)7 }.Validate()).Code);
    }

    [Fact]
    public void Build_InvalidOptions_ThrowsWithEveryProblem()
    {
        var refusal = Assert.Throws<DomainException>(() => RuntimeDatabase.Build(new DatabaseOptions { Provider = DatabaseProvider.Postgres }));

        Assert.Equal("runtime.database.connection-string-missing", Assert.Single(refusal.Errors).Code);
    }

    [Fact]
    public void Build_SqliteDefaultFolder_CreatesTheFolderAndPointsAtGovworkflowDb()
    {
        using var temp = new TempDirectory();
        var folder = Path.Combine(temp.Path, "nested", "data");

        var connectionString = RuntimeDatabase.SqliteConnectionString(new DatabaseOptions { DataFolder = folder });

        Assert.True(Directory.Exists(folder));
        Assert.Contains(Path.Combine(folder, "govworkflow.db"), connectionString, StringComparison.Ordinal);
    }
}
