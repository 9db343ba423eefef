using Npgsql;

namespace DipolePortal.Integration.Tests.Infrastructure;

/// <summary>Polls the store's shard rows for the moments a test needs: shards planned, a worker holding a lease.</summary>
internal static class LeaseWatch
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(25);

    /// <summary>Waits until one of <paramref name="workers"/> holds a lease on a shard of the scan.</summary>
    public static async Task<(DipoleProcess Worker, ShardRow Shard)> WaitForLeaseAsync(
        NpgsqlConnection connection, string scanId, IReadOnlyList<DipoleProcess> workers, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (!deadline.IsCancellationRequested)
        {
            foreach (ShardRow row in await StoreRows.ShardsAsync(connection, scanId))
            {
                DipoleProcess? holder = workers.FirstOrDefault(
                    w => row.State == "leased" && row.LeasedBy?.StartsWith(w.WorkerId + "/", StringComparison.Ordinal) == true);
                if (holder is not null)
                {
                    return (holder, row);
                }
            }

            Assert.DoesNotContain(workers, w => w.HasExited);
            await Task.Delay(Poll);
        }

        Assert.Fail($"no worker leased a shard of {scanId} within {timeout.TotalSeconds:F0} s");
        return default;
    }

    /// <summary>Waits until the scan has <paramref name="count"/> shards planned (by a coordinator process).</summary>
    public static async Task WaitForShardsAsync(NpgsqlConnection connection, string scanId, int count, DipoleProcess coordinator, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while ((await StoreRows.ShardsAsync(connection, scanId)).Count < count)
        {
            Assert.False(coordinator.HasExited, $"the coordinator exited before planning {scanId}:\n{coordinator.Stderr}");
            Assert.False(deadline.IsCancellationRequested, $"{scanId} was not planned within {timeout.TotalSeconds:F0} s");
            await Task.Delay(Poll);
        }
    }
}
