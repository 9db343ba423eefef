using DipolePortal.Worker.Store;

namespace DipolePortal.Coordinator.Aggregation;

/// <summary>Feeds an aggregator with every result the store holds beyond what it has already read.</summary>
internal static class ResultStream
{
    /// <summary>
    /// Reads the store only when it has done more shards than the aggregator holds (a resumed scan's results, or other
    /// workers'): a scan whose in-process workers handed over every result reads nothing back.
    /// </summary>
    /// <param name="store">The scan's store.</param>
    /// <param name="aggregator">The scan's aggregator.</param>
    /// <param name="doneInStore">
    /// The store's count of done shards, read after the last <see cref="Aggregator.TakeHandedOver"/>: every result the
    /// aggregator holds is then among them, so holding as many means holding them all.
    /// </param>
    /// <param name="ct">Cancellation.</param>
    public static async Task CollectAsync(IShardStore store, Aggregator aggregator, int doneInStore, CancellationToken ct)
    {
        if (doneInStore > aggregator.ShardCount)
        {
            await CatchUpAsync(store, aggregator, ct);
        }
    }

    /// <summary>Reads result pages until none is left; returns how many results were added.</summary>
    public static async Task<int> CatchUpAsync(IShardStore store, Aggregator aggregator, CancellationToken ct)
    {
        int added = 0;
        while (true)
        {
            var page = await store.ReadResultsAsync(aggregator.Spec.Name, aggregator.LastSequence, 500, ct);
            foreach (StoredShardResult stored in page)
            {
                aggregator.Add(stored.Result, stored.Sequence);
            }

            added += page.Count;
            if (page.Count == 0)
            {
                return added;
            }
        }
    }
}
