using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

using DipolePortal.Integration.Tests.Infrastructure;

namespace DipolePortal.Integration.Tests.Faults;

/// <summary>
/// Issue 6, fault 2: the coordinator (<c>dipole scan</c>) SIGKILLed mid-scan and started again. It resumes: results
/// stored before a kill keep their sequence numbers and bytes, finished shards are never leased again (their attempt
/// count does not move), the done count never decreases, each shard's result is inserted exactly once, and the final
/// files are byte-identical to the uninterrupted run.
/// </summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Integration")]
public sealed class CoordinatorKillTests(FaultsFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(150);

    /// <summary>
    /// <c>dipole scan --workers 2</c> computes in process: killing it also kills its workers, whose leases (20 s in
    /// process) must expire before the next run takes those shards. Killed twice, at seeded random points.
    /// </summary>
    [Fact]
    public async Task Scan_WhenSigkilledTwiceWithInProcessWorkers_ResumesWithoutRecomputingAndWritesIdenticalFiles()
    {
        fixture.Describe(output);
        FaultPostgres? postgres = FaultPostgres.FindShared(output);
        if (postgres is null)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var random = new Random(6201);
        string name = FaultScan.UniqueName("faults-ckill");
        string work = fixture.NewFolder(name);
        string spec = FaultScan.WriteSpec(work, name);
        string outDirectory = Path.Combine(work, "out");
        string[] scan = ["scan", spec, "--store", postgres.Uri.ToString(), "--workers", "2", "--out", outDirectory];
        var processes = new List<DipoleProcess>();
        try
        {
            await using StoreTables tables = await StoreTables.OpenPostgresAsync(postgres.Uri, postgres.Password);
            await using var watch = new DoneCountWatch(() => StoreTables.OpenPostgresAsync(postgres.Uri, postgres.Password), name);
            var snapshots = new List<(IReadOnlyList<ShardState> Shards, IReadOnlyDictionary<string, ResultRow> Results)>();

            // Run 1: killed once a seeded number of shards (2..8) is done.
            int firstKillAt = random.Next(2, 9);
            DipoleProcess run1 = Start("run 1", scan);
            await ShardPolls.WaitForPlannedAsync(tables, name, FaultScan.ShardCount, run1, Timeout);
            await ShardPolls.WaitForDoneAsync(tables, name, firstKillAt, Timeout);
            run1.KillHard();
            await run1.WaitForExitAsync(Timeout);
            snapshots.Add((await tables.ShardsAsync(name), await tables.ResultsAsync(name)));
            int doneAtKill1 = ShardPolls.Done(snapshots[0].Shards);
            int leasedAtKill1 = snapshots[0].Shards.Count(s => s.State == "leased");

            // Run 2: killed after it has stored at least one more result, plus a seeded delay of 0–300 ms.
            DipoleProcess run2 = Start("run 2", scan);
            await ShardPolls.WaitForDoneAsync(tables, name, doneAtKill1 + 1, Timeout);
            await Task.Delay(random.Next(0, 300));
            run2.KillHard();
            await run2.WaitForExitAsync(Timeout);
            snapshots.Add((await tables.ShardsAsync(name), await tables.ResultsAsync(name)));
            int doneAtKill2 = ShardPolls.Done(snapshots[1].Shards);

            // Run 3: to the end.
            DipoleProcess run3 = Start("run 3", scan);
            int exit = await run3.WaitForExitAsync(Timeout);
            Assert.True(exit == 0, $"run 3 exited {exit}:\n{run3.Stderr}");
            int samples = DoneCountWatch.AssertNeverDecreased(await watch.StopAsync(), name);

            await AssertResumedAsync(tables, name, snapshots);
            Assert.True(doneAtKill1 < FaultScan.ShardCount && doneAtKill2 < FaultScan.ShardCount,
                $"both kills should land mid-scan: {doneAtKill1} and {doneAtKill2} of {FaultScan.ShardCount} shards were done");
            FaultScan.AssertSameAsReference(fixture.ReferenceFolder, outDirectory, name, "after two coordinator kills");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"kill 1 at {doneAtKill1} done ({leasedAtKill1} leases left to expire), kill 2 at {doneAtKill2} done; " +
                $"{samples} done-count samples never decreased; {clock.Elapsed.TotalSeconds:F1} s"));
        }
        catch (Exception) when (Dump(processes))
        {
            throw;
        }
        finally
        {
            processes.ForEach(p => p.Dispose());
        }

        DipoleProcess Start(string label, string[] args)
        {
            DipoleProcess process = fixture.Start(label, work, postgres.Environment, args);
            processes.Add(process);
            return process;
        }
    }

    /// <summary>
    /// <c>dipole scan --workers 0</c> with two <c>dipole worker</c> processes: the coordinator is killed while the
    /// workers go on, and a new coordinator picks up the results they stored meanwhile.
    /// </summary>
    [Fact]
    public async Task Scan_WhenSigkilledWhileExternalWorkersRun_ANewCoordinatorAggregatesEverythingOnce()
    {
        fixture.Describe(output);
        FaultPostgres? postgres = FaultPostgres.FindShared(output);
        if (postgres is null)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var random = new Random(6202);
        string name = FaultScan.UniqueName("faults-ckill0");
        string work = fixture.NewFolder(name);
        string spec = FaultScan.WriteSpec(work, name);
        string outDirectory = Path.Combine(work, "out");
        string store = postgres.Uri.ToString();
        var processes = new List<DipoleProcess>();
        try
        {
            await using StoreTables tables = await StoreTables.OpenPostgresAsync(postgres.Uri, postgres.Password);
            await using var watch = new DoneCountWatch(() => StoreTables.OpenPostgresAsync(postgres.Uri, postgres.Password), name);
            DipoleProcess first = Start("coordinator 1", "scan", spec, "--store", store, "--workers", "0", "--out", outDirectory);
            await ShardPolls.WaitForPlannedAsync(tables, name, FaultScan.ShardCount, first, Timeout);
            DipoleProcess[] workers = [.. Enumerable.Range(0, 2).Select(i => Start($"worker {i}",
                "worker", "--store", store, "--scan", name, "--stop-when-idle", "--lease-seconds", "3"))];
            int killAt = random.Next(1, 13);
            await ShardPolls.WaitForDoneAsync(tables, name, killAt, Timeout);
            first.KillHard();
            await first.WaitForExitAsync(Timeout);
            var snapshot = (Shards: await tables.ShardsAsync(name), Results: await tables.ResultsAsync(name));
            int doneAtKill = ShardPolls.Done(snapshot.Shards);

            DipoleProcess second = Start("coordinator 2", "scan", spec, "--store", store, "--workers", "0", "--out", outDirectory);
            int exit = await second.WaitForExitAsync(Timeout);
            Assert.True(exit == 0, $"coordinator 2 exited {exit}:\n{second.Stderr}");
            foreach (DipoleProcess worker in workers)
            {
                int workerExit = await worker.WaitForExitAsync(Timeout);
                Assert.True(workerExit == 0, $"{worker.Label} exited {workerExit}:\n{worker.Stderr}");
            }

            int samples = DoneCountWatch.AssertNeverDecreased(await watch.StopAsync(), name);
            await AssertResumedAsync(tables, name, [snapshot]);
            FaultScan.AssertSameAsReference(fixture.ReferenceFolder, outDirectory, name, "after a coordinator kill with external workers");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"coordinator killed at {doneAtKill} of {FaultScan.ShardCount} done; {samples} samples never decreased; {clock.Elapsed.TotalSeconds:F1} s"));
        }
        catch (Exception) when (Dump(processes))
        {
            throw;
        }
        finally
        {
            processes.ForEach(p => p.Dispose());
        }

        DipoleProcess Start(string label, params string[] args)
        {
            DipoleProcess process = fixture.Start(label, work, postgres.Environment, args);
            processes.Add(process);
            return process;
        }
    }

    /// <summary>
    /// The end state after kills and restarts: all shards done, none failed, one result per shard inserted once
    /// (sequence numbers 1..24, counter 24), and everything seen in a snapshot kept exactly.
    /// </summary>
    private static async Task AssertResumedAsync(
        StoreTables tables, string name, IReadOnlyList<(IReadOnlyList<ShardState> Shards, IReadOnlyDictionary<string, ResultRow> Results)> snapshots)
    {
        IReadOnlyList<ShardState> shards = await tables.ShardsAsync(name);
        IReadOnlyDictionary<string, ResultRow> results = await tables.ResultsAsync(name);
        long counter = await tables.ResultCounterAsync(name);
        int done = ShardPolls.Done(shards);
        int failed = shards.Count(s => s.State == "failed");
        Assert.True(shards.Count == FaultScan.ShardCount && done == FaultScan.ShardCount && failed == 0,
            $"{shards.Count} shards, {done} done, {failed} failed; expected {FaultScan.ShardCount} done, 0 failed");
        long[] sequences = [.. results.Values.Select(r => r.Sequence).Order()];
        Assert.True(sequences.SequenceEqual(Enumerable.Range(1, FaultScan.ShardCount).Select(i => (long)i)) && counter == FaultScan.ShardCount,
            $"result sequence numbers [{string.Join(",", sequences)}] and counter {counter}: expected 1..{FaultScan.ShardCount} " +
            $"and {FaultScan.ShardCount} (a shard completed twice would take a new number)");

        for (int i = 0; i < snapshots.Count; i++)
        {
            foreach (ResultRow before in snapshots[i].Results.Values)
            {
                ResultRow after = results[before.Key];
                Assert.True(after.Sequence == before.Sequence && after.Json == before.Json,
                    $"snapshot {i + 1}: result {before.Key} had sequence {before.Sequence}, now {after.Sequence} (JSON same: {after.Json == before.Json})");
            }

            foreach (ShardState finished in snapshots[i].Shards.Where(s => s.State == "done"))
            {
                int attempts = shards.Single(s => s.Key == finished.Key).Attempts;
                Assert.True(attempts == finished.Attempts,
                    $"snapshot {i + 1}: shard {finished.Key} was done after {finished.Attempts} attempt(s) but now shows {attempts}: it was leased again");
            }
        }
    }

    private bool Dump(List<DipoleProcess> processes)
    {
        foreach (DipoleProcess process in processes)
        {
            output.WriteLine($"--- {process.Label} (pid {process.Pid}, exited: {process.HasExited}) stderr:\n{process.Stderr}");
        }

        return false;
    }
}
