using DipolePortal.Integration.Tests.Infrastructure;
using DipolePortal.Messages;
using DipolePortal.Worker;
using DipolePortal.Worker.Store;
using Npgsql;
using Xunit.Abstractions;

using DipolePortal.Tests.Shared;

namespace DipolePortal.Integration.Tests;

/// <summary>
/// Real <c>dipole worker</c> processes sharing the real PostgreSQL of tests/run: a worker killed mid-shard loses
/// nothing, a worker stopped with SIGTERM exits 0 and leaves no shard held, and the results are byte-identical to a
/// single in-process worker's on SQLite.
/// </summary>
[Trait("Category", "Integration")]
public sealed class WorkerFarmTests(ITestOutputHelper output)
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan LeaseWait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Workers_WhenOneIsKilledMidShard_CompleteTheScanWithResultsIdenticalToOneWorker()
    {
        StoreUri? postgres = PostgresTestServer.Find(output);
        if (postgres is null)
        {
            return;
        }

        using var folder = new TempFolder("dipole-farm");
        ScanSpec spec = TinyScan.Spec(TinyScan.UniqueName("farm-kill"));
        await PlanAsync(postgres, spec);
        List<DipoleProcess> workers = [.. Enumerable.Range(0, 3).Select(_ => DipoleProcess.Start(folder.Path,
            "worker", "--store", postgres.ToString(), "--scan", spec.Name, "--stop-when-idle", "--lease-seconds", "4"))];
        try
        {
            await using NpgsqlConnection connection = PostgresTestServer.Connect(postgres);
            (DipoleProcess victim, ShardRow held) = await LeaseWatch.WaitForLeaseAsync(connection, spec.Name, workers, LeaseWait);
            victim.KillHard();
            await victim.WaitForExitAsync(ExitTimeout);
            ShardRow afterKill = (await StoreRows.ShardsAsync(connection, spec.Name)).Single(r => r.BlockIndex == held.BlockIndex);
            Assert.True(afterKill.State == "leased" && afterKill.LeaseId == held.LeaseId,
                $"the victim should have died holding shard {held.BlockIndex}, but it is now {afterKill}");

            // While the survivors wait for the dead lease to expire, compute the reference with one in-process worker.
            Task<SortedDictionary<string, string>> reference = Task.Run(() => ReferenceResultsAsync(spec, folder.Path));
            foreach (DipoleProcess survivor in workers.Where(w => w != victim))
            {
                Assert.Equal(0, await survivor.WaitForExitAsync(ExitTimeout));
            }

            await using (IShardStore store = ShardStoreFactory.Open(postgres.ToString()))
            {
                ScanStatus status = (await store.GetStatusAsync(spec.Name))!;
                Assert.Equal((4, 4, 0, 0, 0), (status.Total, status.Done, status.Failed, status.Pending, status.Leased));
            }

            ShardRow reclaimed = (await StoreRows.ShardsAsync(connection, spec.Name)).Single(r => r.BlockIndex == held.BlockIndex);
            Assert.True(reclaimed.Attempts >= 2, $"the killed worker's shard should have been claimed again: {reclaimed}");
            SortedDictionary<string, string> farm = await StoreRows.ResultsAsync(connection, spec.Name);
            SortedDictionary<string, string> single = await reference;
            Assert.Equal(single.Keys, farm.Keys);
            foreach ((string key, string json) in single)
            {
                Assert.True(json == farm[key], $"shard {key}: the farm's stored result differs from the single worker's");
            }
        }
        finally
        {
            Report(workers);
        }
    }

    [Theory]
    [InlineData("30", "done", 1)] // the grace period is long enough: the shard finishes
    [InlineData("0", "pending", 0)] // no grace: the shard is given back unfinished and the attempt is not counted
    public async Task Worker_WhenSigtermArrivesMidShard_ExitsZeroAndItsShardIsCompletedOrReleased(
        string graceSeconds, string expectedState, int expectedAttempts)
    {
        StoreUri? postgres = PostgresTestServer.Find(output);
        if (postgres is null)
        {
            return;
        }

        using var folder = new TempFolder("dipole-sigterm");
        ScanSpec spec = TinyScan.Spec(TinyScan.UniqueName("farm-term"));
        await PlanAsync(postgres, spec);
        using DipoleProcess worker = DipoleProcess.Start(folder.Path,
            "worker", "--store", postgres.ToString(), "--scan", spec.Name, "--lease-seconds", "30", "--grace-seconds", graceSeconds);
        try
        {
            await using NpgsqlConnection connection = PostgresTestServer.Connect(postgres);
            (_, ShardRow held) = await LeaseWatch.WaitForLeaseAsync(connection, spec.Name, [worker], LeaseWait);
            worker.Signal("TERM");

            Assert.Equal(0, await worker.WaitForExitAsync(TimeSpan.FromSeconds(40)));
            IReadOnlyList<ShardRow> rows = await StoreRows.ShardsAsync(connection, spec.Name);
            Assert.DoesNotContain(rows, r => r.State is "leased" or "failed");
            ShardRow settled = rows.Single(r => r.BlockIndex == held.BlockIndex);
            Assert.Equal(expectedState, settled.State);
            Assert.Equal(expectedAttempts, settled.Attempts);
            Assert.Contains("SIGTERM received", worker.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            Report([worker]);
        }
    }

    private static async Task PlanAsync(StoreUri postgres, ScanSpec spec)
    {
        await using IShardStore store = ShardStoreFactory.Open(postgres.ToString());
        await store.EnsureSchemaAsync();
        await TinyScan.PlanAsync(store, spec);
    }

    /// <summary>The same tasks computed by one in-process worker on a SQLite store: stored result JSON per shard.</summary>
    private static async Task<SortedDictionary<string, string>> ReferenceResultsAsync(ScanSpec spec, string folder)
    {
        string path = Path.Combine(folder, "reference.db");
        await using (IShardStore store = ShardStoreFactory.Open("sqlite:" + path))
        {
            await store.EnsureSchemaAsync();
            await TinyScan.PlanAsync(store, spec);
            var options = new WorkerLoopOptions
            {
                WorkerId = "reference",
                ScanId = spec.Name,
                StopWhenIdle = true,
                IdlePollInterval = TimeSpan.FromMilliseconds(10),
                MaxIdlePollInterval = TimeSpan.FromMilliseconds(50),
            };
            await new WorkerLoop(store, new PhysicsShardExecutor(), options).RunAsync(CancellationToken.None).WaitAsync(ExitTimeout);
            Assert.Equal(4, (await store.GetStatusAsync(spec.Name))!.Done);
        }

        return await StoreRows.ResultsAsync(path, spec.Name);
    }

    private void Report(IEnumerable<DipoleProcess> workers)
    {
        foreach (DipoleProcess worker in workers)
        {
            output.WriteLine($"--- worker pid {worker.Pid} (exited: {worker.HasExited}) stderr:\n{worker.Stderr}");
            worker.Dispose();
        }
    }
}
