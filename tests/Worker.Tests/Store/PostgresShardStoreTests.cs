using DipolePortal.Worker.Store;
using Npgsql;
using Xunit.Abstractions;

using DipolePortal.Tests.Shared;

namespace DipolePortal.Worker.Tests.Store;

/// <summary>The store contract on the real PostgreSQL of tests/run; each test runs in a schema of its own.</summary>
[Trait("Category", "Integration")]
public sealed class PostgresShardStoreTests(ITestOutputHelper output) : ShardStoreContract
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");
    private StoreUri? _uri;

    protected override async Task<bool> SetUpAsync()
    {
        _uri = PostgresTestServer.Find(output);
        if (_uri is null)
        {
            return false;
        }

        await ExecuteAsync($"CREATE SCHEMA {_schema};");
        return true;
    }

    protected override IShardStore CreateStore() => new PostgresShardStore(_uri!, PostgresTestServer.Password, searchPath: _schema);

    protected override Task TearDownAsync() => ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE;");

    [Fact]
    public async Task Open_WhenPasswordIsWrong_NeverShowsThePassword()
    {
        StoreUri? uri = PostgresTestServer.Find(output);
        if (uri is null)
        {
            return;
        }

        const string secret = "Wr0ng-s3cret-Pa55word-7d1f";
        await using var store = new PostgresShardStore(uri, secret, searchPath: _schema);
        Exception e = await Assert.ThrowsAnyAsync<Exception>(() => store.EnsureSchemaAsync());

        Assert.False(StoreErrors.IsTransient(e));
        Assert.DoesNotContain(secret, e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, store.ToString(), StringComparison.Ordinal);
        Assert.Equal(uri.ToString(), store.ToString());
    }

    [Fact]
    public async Task Open_ThroughFactoryWithPgPassword_Works()
    {
        StoreUri? uri = PostgresTestServer.Find(output);
        if (uri is null)
        {
            return;
        }

        await using IShardStore store = ShardStoreFactory.Open(uri.ToString());
        Assert.IsType<PostgresShardStore>(store);
        await store.EnsureSchemaAsync();
        Assert.NotNull(await store.ListScansAsync());
        Assert.DoesNotContain(PostgresTestServer.Password ?? "\u0001", store.ToString()!, StringComparison.Ordinal);
    }

    private async Task ExecuteAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = _uri!.Host, Port = _uri.Port, Username = _uri.User, Database = _uri.Database, Password = PostgresTestServer.Password,
        };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
