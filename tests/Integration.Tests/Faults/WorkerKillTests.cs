using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

using DipolePortal.Integration.Tests.Infrastructure;

namespace DipolePortal.Integration.Tests.Faults;

/// <summary>
/// Issue 6, fault 1: <c>dipole worker</c> processes SIGKILLed at random moments. Each trial is one scan on the shared
/// PostgreSQL: a coordinator (<c>dipole scan --workers 0</c>), two workers with 3 s leases, one of them killed while it
/// holds a lease (a seeded random delay after its first lease), a replacement started at once. Every scan must end
/// with all 24 shards done, none failed, each result stored once, and files byte-identical to the uninterrupted run.
/// </summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Integration")]
public sealed class WorkerKillTests(FaultsFixture fixture, ITestOutputHelper output)
{
    private const int Trials = 20;
    private const int TrialsAtOnce = 3;
    private const int BaseSeed = 6100;
    private const string LeaseSeconds = "3";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(150);

    private sealed record Trial(
        int Seed, string Scan, int LeaseNumber, string? KilledShard, bool MidShard, int KilledShardAttempts, double Seconds);

    [Fact]
    public async Task Workers_WhenOneIsSigkilledAtRandomMoments_EveryScanCompletesWithNothingLostAndIdenticalFiles()
    {
        fixture.Describe(output);
        FaultPostgres? postgres = FaultPostgres.FindShared(output);
        if (postgres is null)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(TrialsAtOnce);
        Task<Trial>[] running = [.. Enumerable.Range(0, Trials).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                return await RunTrialAsync(postgres, BaseSeed + i);
            }
            finally
            {
                gate.Release();
            }
        })];
        Trial[] trials = await Task.WhenAll(running);

        foreach (Trial t in trials)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seed {t.Seed}: {t.Scan} killed after its lease #{t.LeaseNumber} began, holding {t.KilledShard ?? "(nothing: the scan had ended)"}, " +
                $"mid-shard {t.MidShard}, " +
                $"that shard took {t.KilledShardAttempts} attempts; {t.Seconds:F1} s"));
        }

        int midShard = trials.Count(t => t.MidShard);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Trials} trials ({TrialsAtOnce} at a time), {midShard} kills mid-shard, {clock.Elapsed.TotalSeconds:F1} s in all"));
        // A kill can miss the lease it aimed at (the shard finished between the poll and the signal, or the scan ended
        // first): that is still a worker killed at a random moment, and its scan must still complete, but at least three
        // quarters of the kills must land mid-shard for the test to mean what it says.
        Assert.True(midShard >= Trials * 3 / 4,
            $"only {midShard} of {Trials} kills landed mid-shard (lease still held after the kill); expected at least {Trials * 3 / 4}");
    }

    private async Task<Trial> RunTrialAsync(FaultPostgres postgres, int seed)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        int victimIndex = random.Next(2);
        int killOnLease = random.Next(1, 7); // the victim's 1st..6th shard (each worker computes about 12)
        var delay = TimeSpan.FromMilliseconds(random.Next(0, 40)); // into that shard (one takes 50–100 ms unloaded)
        string name = FaultScan.UniqueName($"faults-wkill-{seed}");
        string work = fixture.NewFolder(name);
        string spec = FaultScan.WriteSpec(work, name);
        string outDirectory = Path.Combine(work, "out");
        string store = postgres.Uri.ToString();
        var processes = new List<DipoleProcess>();
        DipoleProcess Start(string label, params string[] args)
        {
            DipoleProcess process = fixture.Start($"seed {seed} {label}", work, postgres.Environment, args);
            processes.Add(process);
            return process;
        }

        DipoleProcess Worker(string label) =>
            Start(label, "worker", "--store", store, "--scan", name, "--stop-when-idle", "--lease-seconds", LeaseSeconds);

        try
        {
            await using StoreTables tables = await StoreTables.OpenPostgresAsync(postgres.Uri, postgres.Password);
            DipoleProcess coordinator = Start("coordinator", "scan", spec, "--store", store, "--workers", "0", "--out", outDirectory);
            await ShardPolls.WaitForPlannedAsync(tables, name, FaultScan.ShardCount, coordinator, Timeout);
            DipoleProcess[] workers = [Worker("worker 0"), Worker("worker 1")];
            DipoleProcess victim = workers[victimIndex];
            static bool Ended(IReadOnlyList<ShardState> shards) => ShardPolls.Done(shards) == FaultScan.ShardCount;

            // The random moment: the victim's k-th lease (k seeded; earlier if the last pending shard is gone), a seeded
            // delay, then the next instant it holds a lease.
            static bool NothingPending(IReadOnlyList<ShardState> shards) => shards.All(s => s.State != "pending");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (seen.Count < killOnLease
                   && await ShardPolls.WaitForLeaseAsync(tables, name, victim, NothingPending, Timeout) is { } lease)
            {
                seen.Add(lease.LeaseId!);
                await Task.Delay(ShardPolls.Interval);
            }

            await Task.Delay(delay);
            ShardState? held = await ShardPolls.WaitForLeaseAsync(tables, name, victim, Ended, Timeout);
            victim.KillHard();
            await victim.WaitForExitAsync(Timeout);
            ShardState? afterKill = held is null ? null : (await tables.ShardsAsync(name)).Single(s => s.Key == held.Key);
            bool midShard = afterKill is { State: "leased" } && afterKill.LeaseId == held!.LeaseId;
            DipoleProcess replacement = Worker("replacement");

            int coordinatorExit = await coordinator.WaitForExitAsync(Timeout);
            Assert.True(coordinatorExit == 0, $"seed {seed}: the coordinator exited {coordinatorExit}:\n{coordinator.Stderr}");
            foreach (DipoleProcess worker in new[] { workers[1 - victimIndex], replacement })
            {
                int exit = await worker.WaitForExitAsync(Timeout);
                Assert.True(exit == 0, $"seed {seed}: {worker.Label} exited {exit}:\n{worker.Stderr}");
            }

            IReadOnlyList<ShardState> shards = await tables.ShardsAsync(name);
            IReadOnlyDictionary<string, ResultRow> results = await tables.ResultsAsync(name);
            long counter = await tables.ResultCounterAsync(name);
            int done = ShardPolls.Done(shards);
            int failed = shards.Count(s => s.State == "failed");
            Assert.True(shards.Count == FaultScan.ShardCount && done == FaultScan.ShardCount && failed == 0,
                $"seed {seed}: {shards.Count} shards, {done} done, {failed} failed; expected {FaultScan.ShardCount} done and 0 failed");
            Assert.True(results.Count == FaultScan.ShardCount && counter == FaultScan.ShardCount,
                $"seed {seed}: {results.Count} result rows and {counter} results ever inserted; expected {FaultScan.ShardCount} of each");
            int attempts = held is null ? 0 : shards.Single(s => s.Key == held.Key).Attempts;
            if (midShard)
            {
                Assert.True(attempts >= 2, $"seed {seed}: shard {held!.Key} was killed mid-shard but shows {attempts} attempt(s); expected ≥ 2");
            }

            FaultScan.AssertSameAsReference(fixture.ReferenceFolder, outDirectory, name, $"seed {seed}");
            return new Trial(seed, name, seen.Count, held?.Key, midShard, attempts, clock.Elapsed.TotalSeconds);
        }
        catch (Exception) when (Dump(processes))
        {
            throw;
        }
        finally
        {
            foreach (DipoleProcess process in processes)
            {
                process.Dispose();
            }
        }
    }

    /// <summary>Writes every process's stderr to the test output; returns false so the exception goes on.</summary>
    private bool Dump(List<DipoleProcess> processes)
    {
        foreach (DipoleProcess process in processes)
        {
            output.WriteLine($"--- {process.Label} (pid {process.Pid}, exited: {process.HasExited}) stderr:\n{process.Stderr}");
        }

        return false;
    }
}
