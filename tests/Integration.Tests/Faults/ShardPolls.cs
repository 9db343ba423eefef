using DipolePortal.Integration.Tests.Infrastructure;

namespace DipolePortal.Integration.Tests.Faults;

/// <summary>Polls a store's rows for the moments a fault needs: shards planned, a process holding a lease, n shards done.</summary>
internal static class ShardPolls
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    /// <summary>Waits until the scan has <paramref name="count"/> shards; fails if <paramref name="coordinator"/> exits first.</summary>
    public static async Task WaitForPlannedAsync(StoreTables tables, string scanId, int count, DipoleProcess coordinator, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while ((await tables.ShardsAsync(scanId)).Count < count)
        {
            Assert.False(coordinator.HasExited, $"{coordinator.Label} exited before planning {count} shards of {scanId}:\n{coordinator.Stderr}");
            Assert.False(deadline.IsCancellationRequested, $"{scanId}: {count} shards not planned within {timeout.TotalSeconds:F0} s");
            await Task.Delay(Interval);
        }
    }

    /// <summary>
    /// The shard <paramref name="holder"/> leases right now (a lane id "HOST-PID/LANE"), waiting for one; null when
    /// <paramref name="giveUp"/> becomes true first (the scan ended).
    /// </summary>
    public static async Task<ShardState?> WaitForLeaseAsync(
        StoreTables tables, string scanId, DipoleProcess holder, Func<IReadOnlyList<ShardState>, bool> giveUp, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        string prefix = holder.WorkerId + "/";
        while (!deadline.IsCancellationRequested)
        {
            IReadOnlyList<ShardState> shards = await tables.ShardsAsync(scanId);
            ShardState? held = shards.FirstOrDefault(s => s.State == "leased" && s.LeasedBy?.StartsWith(prefix, StringComparison.Ordinal) == true);
            if (held is not null)
            {
                return held;
            }

            if (giveUp(shards) || holder.HasExited)
            {
                return null;
            }

            await Task.Delay(Interval);
        }

        Assert.Fail($"{holder.Label} (pid {holder.Pid}) leased no shard of {scanId} within {timeout.TotalSeconds:F0} s:\n{holder.Stderr}");
        return null;
    }

    /// <summary>Waits until at least <paramref name="done"/> shards are done; returns the rows seen then.</summary>
    public static async Task<IReadOnlyList<ShardState>> WaitForDoneAsync(StoreTables tables, string scanId, int done, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            IReadOnlyList<ShardState> shards = await tables.ShardsAsync(scanId);
            if (shards.Count(s => s.State == "done") >= done)
            {
                return shards;
            }

            Assert.False(deadline.IsCancellationRequested, $"{scanId}: {done} shards not done within {timeout.TotalSeconds:F0} s");
            await Task.Delay(Interval);
        }
    }

    public static int Done(IReadOnlyList<ShardState> shards) => shards.Count(s => s.State == "done");
}
