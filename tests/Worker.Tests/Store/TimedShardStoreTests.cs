using System.Diagnostics;
using DipolePortal.Worker.Store;
using DipolePortal.Worker.Tests.Fakes;

namespace DipolePortal.Worker.Tests.Store;

/// <summary>The store-time accounting behind timing.json's store_seconds.</summary>
public sealed class TimedShardStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dipole-timed-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Busy_StartsAtTheOpeningTimeAndGrowsByEachCallsDurationFailedOnesIncluded()
    {
        TimeSpan opening = TimeSpan.FromMilliseconds(1234);
        await using var store = new TimedShardStore(ShardStoreFactory.Open("sqlite:" + Path.Combine(_folder, "dipole.db")), opening);
        Assert.Equal(opening.TotalMilliseconds, store.Busy.TotalMilliseconds, 1e-6);

        var outside = Stopwatch.StartNew();
        await store.EnsureSchemaAsync();
        // A scan that is not registered: the call throws, and its time still counts.
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AddShardsAsync("missing", TestShards.Tasks("missing", 1)));
        outside.Stop();

        TimeSpan counted = store.Busy - opening;
        Assert.True(counted > TimeSpan.Zero, "the two calls took no time");
        Assert.True(counted <= outside.Elapsed, $"counted {counted.TotalMilliseconds} ms in calls that took {outside.Elapsed.TotalMilliseconds} ms");
        Assert.Equal("sqlite:" + Path.Combine(_folder, "dipole.db"), store.ToString());
    }
}
