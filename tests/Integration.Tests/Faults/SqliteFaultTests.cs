using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

using DipolePortal.Integration.Tests.Infrastructure;

namespace DipolePortal.Integration.Tests.Faults;

/// <summary>
/// Issue 6, fault 4 (SQLite store): a corrupted store file gives one "dipole: …" line and a non-zero exit (2 when the
/// file is not SQLite at all, as for any unusable --store; 1 when SQLite finds the tables damaged) and is left
/// exactly as it was (nothing overwritten, nothing "repaired" away); a store locked by another process for a few
/// seconds mid-scan (BEGIN EXCLUSIVE from the test) holds the workers back, and the scan completes once it is free.
/// </summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Integration")]
public sealed class SqliteFaultTests(FaultsFixture fixture, ITestOutputHelper output)
{
    private const int PageBytes = 4096;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan LockHeld = TimeSpan.FromSeconds(4);
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Theory]
    [InlineData("header", "file is not a database", 2)] // the 100-byte header: not a SQLite file, refused as --store (bad input)
    [InlineData("pages", "malformed", 1)] // every page but the first (the schema): the tables' b-trees are garbage
    public async Task Scan_WhenTheSqliteStoreIsCorrupted_ExitsNonZeroWithOneLineAndLeavesTheFileAsItWas(
        string where, string expected, int expectedExit)
    {
        fixture.Describe(output);
        var clock = Stopwatch.StartNew();
        string work = fixture.NewFolder($"faults-corrupt-{where}");
        string backup = LocalStore.CopyReference(fixture, work, "backup.db");
        string store = LocalStore.CopyReference(fixture, work, "store.db");
        byte[] bytes = await File.ReadAllBytesAsync(store);
        Assert.True(bytes.Length >= 4 * PageBytes && !File.Exists(store + "-wal"),
            $"expected a checkpointed store of several {PageBytes}-byte pages, got {bytes.Length} bytes (WAL left: {File.Exists(store + "-wal")})");
        var garbage = new Random(6401);
        (int from, int to) = where == "header" ? (0, 100) : (PageBytes, bytes.Length);
        for (int i = from; i < to; i++)
        {
            bytes[i] = (byte)garbage.Next(256);
        }

        await File.WriteAllBytesAsync(store, bytes);
        string spec = FaultScan.WriteSpec(work, FaultScan.ReferenceName);
        string outDirectory = Path.Combine(work, "out");

        using DipoleProcess failing = fixture.Start($"scan on a store with garbage {where}", work, NoEnvironment,
            "scan", spec, "--store", "sqlite:" + store, "--workers", "1", "--out", outDirectory);
        int exit = await failing.WaitForExitAsync(Timeout);
        Assert.True(exit == expectedExit, $"expected exit {expectedExit} for a corrupted store ({where}), got {exit}:\n{failing.Stderr}");
        string line = LocalStore.AssertOneErrorLine(failing, expected);
        Assert.True((await File.ReadAllBytesAsync(store)).AsSpan().SequenceEqual(bytes),
            $"the corrupted store ({bytes.Length} bytes) was modified by the failed run");

        // The fix: put the intact copy back. Everything stored is there; nothing is computed again.
        File.Copy(backup, store, overwrite: true);
        await fixture.RerunAndAssertSameAsReferenceAsync(
            "scan after restoring the store", work, spec, store, FaultScan.ReferenceName, outDirectory, Timeout, $"rerun after corruption ({where})");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{where}: stderr: {line}; {clock.Elapsed.TotalSeconds:F1} s"));
    }

    [Fact]
    public async Task Scan_WhenTheSqliteStoreIsLockedForSecondsMidScan_WaitsAndCompletesWithIdenticalFiles()
    {
        fixture.Describe(output);
        var clock = Stopwatch.StartNew();
        string name = FaultScan.UniqueName("faults-locked");
        string work = fixture.NewFolder(name);
        string store = Path.Combine(work, "store.db");
        string spec = FaultScan.WriteSpec(work, name);
        string outDirectory = Path.Combine(work, "out");
        int lockAt = new Random(6402).Next(3, 13);

        using DipoleProcess scan = fixture.Start("scan on a store locked mid-scan", work, NoEnvironment,
            "scan", spec, "--store", "sqlite:" + store, "--workers", "1", "--out", outDirectory);
        await OutputFaultTests.WaitForSqliteDoneAsync(store, name, lockAt, scan);
        int doneAtLock;
        int doneAtRelease;
        await using (var holder = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = store,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString()))
        {
            await holder.OpenAsync();
            await Execute(holder, "PRAGMA busy_timeout = 30000; BEGIN EXCLUSIVE;");
            doneAtLock = await DoneAsync(holder, name);
            await Task.Delay(LockHeld);
            doneAtRelease = await DoneAsync(holder, name);
            Assert.False(scan.HasExited, $"the scan gave up while the store was locked for {LockHeld.TotalSeconds:F0} s:\n{scan.Stderr}");
            await Execute(holder, "ROLLBACK;");
        }

        int exit = await scan.WaitForExitAsync(Timeout);
        Assert.True(exit == 0, $"the scan exited {exit} after the lock was released:\n{scan.Stderr}");
        Assert.True(doneAtLock == doneAtRelease && doneAtLock < FaultScan.ShardCount,
            $"while locked the done count should hold still below {FaultScan.ShardCount}: {doneAtLock} at lock, {doneAtRelease} at release");
        await LocalStore.AssertCompleteOnceAsync(store, name, "after the lock");
        FaultScan.AssertSameAsReference(fixture.ReferenceFolder, outDirectory, name, "after a lock held mid-scan");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"locked at {doneAtLock} of {FaultScan.ShardCount} done for {LockHeld.TotalSeconds:F0} s; {clock.Elapsed.TotalSeconds:F1} s"));
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<int> DoneAsync(SqliteConnection connection, string scanId)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM dipole_shards WHERE scan_id = $scan AND state = 'done';";
        command.Parameters.AddWithValue("$scan", scanId);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
