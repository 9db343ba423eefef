using DipolePortal.Messages;
using DipolePortal.Worker.Store;
using DipolePortal.Worker.Tests.Fakes;

namespace DipolePortal.Worker.Tests.Store;

/// <summary>The store contract on a temporary SQLite file.</summary>
public sealed class SqliteShardStoreTests : ShardStoreContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dipole-sqlite-" + Guid.NewGuid().ToString("N"));

    protected override Task<bool> SetUpAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.FromResult(true);
    }

    protected override IShardStore CreateStore() => ShardStoreFactory.Open("sqlite:" + Path.Combine(_folder, "dipole.db"));

    protected override Task TearDownAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Complete_StoresTheResultAsTheTextOfItsJson()
    {
        IShardStore store = (await OpenAsync())!;
        await NewScanAsync(store, "text", 1);
        ShardLease lease = (await store.TryLeaseAsync("w", LongLease))!;
        ShardResult result = TestShards.Result(lease.Task);
        await store.CompleteAsync(lease, result);

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + Path.Combine(_folder, "dipole.db"));
        await connection.OpenAsync();
        await using Microsoft.Data.Sqlite.SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT typeof(result_json), result_json FROM dipole_results;";
        await using Microsoft.Data.Sqlite.SqliteDataReader reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("text", reader.GetString(0));
        Assert.Equal(StoreJson.Serialize(result), reader.GetString(1));
    }

    [Fact]
    public async Task EnsureSchema_SetsWalJournalMode()
    {
        IShardStore store = (await OpenAsync())!;
        Assert.IsType<SqliteShardStore>(store);
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + Path.Combine(_folder, "dipole.db"));
        await connection.OpenAsync();
        await using Microsoft.Data.Sqlite.SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
