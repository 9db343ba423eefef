using DipolePortal.Worker.Store;

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
