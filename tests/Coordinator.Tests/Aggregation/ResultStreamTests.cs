using DipolePortal.Coordinator.Aggregation;
using DipolePortal.Coordinator.Planning;
using DipolePortal.Messages;
using DipolePortal.Worker.Store;

namespace DipolePortal.Coordinator.Tests.Aggregation;

/// <summary>
/// How results reach the aggregator: handed over by in-process workers, and read from the store only for what they did
/// not hand over (a resumed scan's results, other workers').
/// </summary>
public sealed class ResultStreamTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dipole-stream-").FullName;
    private readonly ScanSpec _spec = new()
    {
        Name = "stream",
        Experiments = [["xenonnt"]],
        Flavors = ["e"],
        M4MeV = new GridSpec { Min = 0.01, Max = 0.1, Points = 3, Spacing = "log" },
        MuMuB = new GridSpec { Min = 1e-12, Max = 1e-10, Points = 2, Spacing = "log" },
        Cl = 0.9,
        ShardM4Points = 1,
    };

    private IShardStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = ShardStoreFactory.Open("sqlite:" + Path.Combine(_folder, "dipole.db"));
        await _store.EnsureSchemaAsync();
        await _store.CreateOrGetScanAsync(_spec, _spec.ComputeHash(), allowNew: false);
        await _store.AddShardsAsync(_spec.Name, ShardPlanner.Plan(_spec));
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Leases and completes every shard, as a worker would; returns the stored results.</summary>
    private async Task<List<ShardResult>> CompleteAllAsync()
    {
        var stored = new List<ShardResult>();
        while (await _store.TryLeaseAsync("w", TimeSpan.FromMinutes(1), scanId: _spec.Name) is { } lease)
        {
            var result = new ShardResult
            {
                Key = lease.Key,
                Points = [.. lease.Task.M4MeV.Select(m4 => new M4PointResult
                {
                    M4MeV = m4, Chi2 = [1.0, 2.0], MuBestfitMuB = 0, Chi2Min = 1.0, MuLimitMuB = 1e-11, Chi2AtZero = 1.0,
                })],
            };
            Assert.Equal(CompletionOutcome.Stored, await _store.CompleteAsync(lease, result));
            stored.Add(result);
        }

        return stored;
    }

    [Fact]
    public async Task Collect_WhenEveryDoneShardWasHandedOver_ReadsNothingBack()
    {
        List<ShardResult> stored = await CompleteAllAsync();
        var aggregator = new Aggregator(_spec);
        // Handed over from the workers' threads, twice each (a lane may hand over a result another one stored first).
        Parallel.ForEach(stored.Concat(stored), aggregator.HandOver);
        aggregator.TakeHandedOver();

        await ResultStream.CollectAsync(_store, aggregator, doneInStore: 3, CancellationToken.None);

        Assert.Equal(3, aggregator.ShardCount);
        Assert.Equal(0, aggregator.LastSequence); // nothing was read from the store
        Assert.Equal(3, aggregator.Rows().Count);
    }

    [Fact]
    public async Task Collect_WhenTheStoreHasDoneMoreThanWasHandedOver_ReadsTheRest()
    {
        List<ShardResult> stored = await CompleteAllAsync();
        var aggregator = new Aggregator(_spec);
        aggregator.HandOver(stored[0]); // the other two were done by another worker, or by an earlier run
        aggregator.TakeHandedOver();

        await ResultStream.CollectAsync(_store, aggregator, doneInStore: 3, CancellationToken.None);

        Assert.Equal(3, aggregator.ShardCount);
        Assert.Equal(3, aggregator.LastSequence);
        Assert.Equal(stored.SelectMany(r => r.Points).Select(p => p.M4MeV).Order(), aggregator.Rows().Select(r => r.Point.M4MeV));
    }
}
