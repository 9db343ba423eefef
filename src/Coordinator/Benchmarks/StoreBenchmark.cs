using System.Diagnostics;
using DipolePortal.Coordinator.Aggregation;
using DipolePortal.Coordinator.Planning;
using DipolePortal.Messages;
using DipolePortal.Worker;
using DipolePortal.Worker.Store;

namespace DipolePortal.Coordinator.Benchmarks;

/// <summary>The store's share of a scan: shard claims per second, and the fraction of a scan's wall time spent in store calls.</summary>
internal static class StoreBenchmark
{
    private const string ClaimScanName = "bench-claims";
    private static readonly TimeSpan FollowInterval = TimeSpan.FromMilliseconds(400); // as dipole scan polls

    /// <summary>
    /// Plans <paramref name="shards"/> one-point shards in a scan called bench-claims (replacing one of that name) and
    /// times <paramref name="claimers"/> concurrent workers leasing them until none is left, each passing its last shard
    /// as a worker does (ClaimOrder); returns claims per second. The scan is emptied again afterwards.
    /// </summary>
    public static async Task<double> ClaimsPerSecondAsync(string storeUri, int shards, int claimers, CancellationToken ct)
    {
        var spec = new ScanSpec
        {
            Name = ClaimScanName,
            Experiments = [["xenonnt"]],
            Flavors = ["e"],
            M4MeV = new GridSpec { Min = 0.001, Max = 1, Points = shards, Spacing = GridSpec.Logarithmic },
            MuMuB = new GridSpec { Min = 1e-12, Max = 1e-8, Points = 2, Spacing = GridSpec.Logarithmic },
            Cl = 0.9,
            ShardM4Points = 1,
        };
        await using IShardStore store = ShardStoreFactory.Open(storeUri);
        await store.EnsureSchemaAsync(ct);
        await store.CreateOrGetScanAsync(spec, spec.ComputeHash(), allowNew: true, ct);
        await store.AddShardsAsync(spec.Name, ShardPlanner.Plan(spec), ct);
        int claimed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, claimers).Select(lane => Task.Run(async () =>
        {
            ShardKey? last = null;
            while (await store.TryLeaseAsync($"bench-{Environment.ProcessId}/{lane}", TimeSpan.FromMinutes(5), scanId: spec.Name, near: last, ct: ct) is { } lease)
            {
                last = lease.Key;
                Interlocked.Increment(ref claimed);
            }
        }, ct)));
        double perSecond = claimed / clock.Elapsed.TotalSeconds;
        await store.CreateOrGetScanAsync(spec, spec.ComputeHash(), allowNew: true, ct); // drops the leased shards
        return perSecond;
    }

    /// <summary>
    /// Runs the scan in this process as <c>dipole scan --workers N</c> does (worker lanes, and a follower reading results
    /// every 400 ms) on a fresh SQLite store whose every call is timed; returns the wall time and the time in the store.
    /// </summary>
    public static async Task<(TimeSpan Wall, TimeSpan InStore)> ScanStoreTimeAsync(string specPath, string folder, int workers, CancellationToken ct)
    {
        ScanSpec spec = SpecReader.ReadFile(specPath);
        ScanValidator.Validate(spec, specPath);
        Directory.CreateDirectory(folder);
        var clock = Stopwatch.StartNew();
        await using var store = new TimedShardStore(ShardStoreFactory.Open($"sqlite:{Path.Combine(folder, "store-time.db")}"));
        await store.EnsureSchemaAsync(ct);
        await store.CreateOrGetScanAsync(spec, spec.ComputeHash(), allowNew: true, ct);
        await store.AddShardsAsync(spec.Name, ShardPlanner.Plan(spec), ct);
        Task lanes = new WorkerLoop(store, new PhysicsShardExecutor(), new WorkerLoopOptions
        {
            Concurrency = workers,
            LeaseDuration = TimeSpan.FromSeconds(20),
            StopWhenIdle = true,
            ScanId = spec.Name,
        }).RunAsync(ct);
        var aggregator = new Aggregator(spec);
        while (!lanes.IsCompleted)
        {
            await ResultStream.CatchUpAsync(store, aggregator, ct);
            _ = await store.GetStatusAsync(spec.Name, ct);
            await Task.WhenAny(Task.Delay(FollowInterval, ct), lanes);
        }

        await lanes;
        await ResultStream.CatchUpAsync(store, aggregator, ct);
        return (clock.Elapsed, store.Busy);
    }
}
