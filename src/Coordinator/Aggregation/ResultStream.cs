using DipolePortal.Worker.Store;

namespace DipolePortal.Coordinator.Aggregation;

/// <summary>Feeds an aggregator with every result the store holds beyond what it has already read.</summary>
internal static class ResultStream
{
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
