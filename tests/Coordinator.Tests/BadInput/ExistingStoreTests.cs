using DipolePortal.Coordinator.Planning;
using DipolePortal.Messages;
using DipolePortal.Worker.Store;

namespace DipolePortal.Coordinator.Tests.BadInput;

/// <summary>
/// Bad input against a store that already holds a scan: refused with one line, and the store's bytes (database and
/// write-ahead log) are unchanged afterwards, with no output file written.
/// </summary>
[Collection(SerialCliCollection.Name)]
public sealed class ExistingStoreTests
{
    private const string StoredScan = "stored-scan";

    [Fact]
    public async Task Export_WhenScanIsNotInTheStore_ExitsTwoNamingTheKnownScansAndChangesNothing()
    {
        using var sandbox = new CliSandbox();
        await CreateStoreAsync(sandbox);
        byte[][] before = Snapshot(sandbox);

        sandbox.Run(["export", "no-such-scan", "--store", sandbox.Store, "--out", sandbox.Out])
            .AssertBadInput("scan 'no-such-scan' is not in the store; known scans: " + StoredScan);

        AssertUnchanged(sandbox, before);
    }

    [Fact]
    public async Task Status_WhenScanIsNotInTheStore_ExitsTwoNamingTheKnownScansAndChangesNothing()
    {
        using var sandbox = new CliSandbox();
        await CreateStoreAsync(sandbox);
        byte[][] before = Snapshot(sandbox);

        sandbox.Run(["status", "no-such-scan", "--store", sandbox.Store, "--json"])
            .AssertBadInput("scan 'no-such-scan' is not in the store " + sandbox.Store + "; known scans: " + StoredScan);

        AssertUnchanged(sandbox, before);
    }

    [Fact]
    public async Task Scan_WhenNameIsStoredWithAnotherSpec_ExitsTwoAndChangesNothing()
    {
        using var sandbox = new CliSandbox();
        await CreateStoreAsync(sandbox);
        byte[][] before = Snapshot(sandbox);
        string other = Path.Combine(sandbox.Root, "other.yaml");
        File.WriteAllText(other, CliSandbox.SpecText(StoredScan).Replace("points: 10", "points: 12", StringComparison.Ordinal));

        sandbox.Run(["scan", other, "--store", sandbox.Store, "--workers", "1", "--out", sandbox.Out])
            .AssertBadInput($"scan '{StoredScan}' is already in the store with a different spec");

        AssertUnchanged(sandbox, before);
    }

    [Fact]
    public async Task Scan_WhenSpecIsMalformed_LeavesAnExistingStoreUnchanged()
    {
        using var sandbox = new CliSandbox();
        await CreateStoreAsync(sandbox);
        byte[][] before = Snapshot(sandbox);
        string bad = Path.Combine(sandbox.Root, "bad.yaml");
        File.WriteAllText(bad, CliSandbox.SpecText(StoredScan) + "cl: 2\n");

        sandbox.Run(["scan", bad, "--store", sandbox.Store, "--out", sandbox.Out]).AssertBadInput("cl = 2 must lie strictly between 0 and 1");

        AssertUnchanged(sandbox, before);
    }

    /// <summary>Export, like status, refuses a missing SQLite file instead of creating an empty store.</summary>
    [Fact]
    public void Export_WhenStoreFileDoesNotExist_ExitsTwoAndCreatesNoStore()
    {
        using var sandbox = new CliSandbox();

        sandbox.Run(["export", "no-such-scan", "--store", sandbox.Store, "--out", sandbox.Out]).AssertBadInput("no-such-scan");

        sandbox.AssertNothingWritten();
    }

    private static async Task CreateStoreAsync(CliSandbox sandbox)
    {
        ScanSpec spec = SpecReader.Parse(CliSandbox.SpecText(StoredScan), "test");
        await using (IShardStore store = ShardStoreFactory.Open(sandbox.Store))
        {
            await store.EnsureSchemaAsync();
            await store.CreateOrGetScanAsync(spec, spec.ComputeHash(), allowNew: false);
            await store.AddShardsAsync(spec.Name, ShardPlanner.Plan(spec));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static byte[][] Snapshot(CliSandbox sandbox)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return [.. new[] { "", "-wal" }.Select(suffix => File.Exists(sandbox.StorePath + suffix) ? File.ReadAllBytes(sandbox.StorePath + suffix) : [])];
    }

    private static void AssertUnchanged(CliSandbox sandbox, byte[][] before)
    {
        byte[][] after = Snapshot(sandbox);
        Assert.True(before[0].Length > 0, "the store was not created by the test");
        Assert.True(before[0].AsSpan().SequenceEqual(after[0]), "the store's database file changed");
        Assert.True(before[1].AsSpan().SequenceEqual(after[1]), "the store's write-ahead log changed");
        sandbox.AssertNoOutputFiles();
    }
}
