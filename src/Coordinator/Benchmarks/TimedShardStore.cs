using System.Diagnostics;
using DipolePortal.Messages;
using DipolePortal.Worker.Store;

namespace DipolePortal.Coordinator.Benchmarks;

/// <summary>An <see cref="IShardStore"/> that adds up the time every caller spends inside the store.</summary>
internal sealed class TimedShardStore(IShardStore inner) : IShardStore
{
    private long _ticks;

    /// <summary>Time spent in store calls, summed over all callers and threads.</summary>
    public TimeSpan Busy => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks));

    private async Task<T> Time<T>(Func<Task<T>> call)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            return await call();
        }
        finally
        {
            Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
        }
    }

    public Task EnsureSchemaAsync(CancellationToken ct = default) => Time(async () => { await inner.EnsureSchemaAsync(ct); return true; });

    public Task<ScanRegistration> CreateOrGetScanAsync(ScanSpec spec, string specHash, bool allowNew, CancellationToken ct = default) =>
        Time(() => inner.CreateOrGetScanAsync(spec, specHash, allowNew, ct));

    public Task<int> AddShardsAsync(string scanId, IReadOnlyList<ShardTask> tasks, CancellationToken ct = default) =>
        Time(() => inner.AddShardsAsync(scanId, tasks, ct));

    public Task<ShardLease?> TryLeaseAsync(
        string workerId, TimeSpan leaseDuration, int maxAttempts = ShardLease.DefaultMaxAttempts, string? scanId = null, CancellationToken ct = default) =>
        Time(() => inner.TryLeaseAsync(workerId, leaseDuration, maxAttempts, scanId, ct));

    public Task<ShardLease?> RenewLeaseAsync(ShardLease lease, TimeSpan leaseDuration, CancellationToken ct = default) =>
        Time(() => inner.RenewLeaseAsync(lease, leaseDuration, ct));

    public Task<CompletionOutcome> CompleteAsync(ShardLease lease, ShardResult result, CancellationToken ct = default) =>
        Time(() => inner.CompleteAsync(lease, result, ct));

    public Task<FailOutcome> FailAsync(ShardLease lease, string error, int maxAttempts = ShardLease.DefaultMaxAttempts, CancellationToken ct = default) =>
        Time(() => inner.FailAsync(lease, error, maxAttempts, ct));

    public Task<bool> ReleaseAsync(ShardLease lease, CancellationToken ct = default) => Time(() => inner.ReleaseAsync(lease, ct));

    public Task<ScanStatus?> GetStatusAsync(string scanId, CancellationToken ct = default) => Time(() => inner.GetStatusAsync(scanId, ct));

    public Task<IReadOnlyList<StoredShardResult>> ReadResultsAsync(string scanId, long sinceSequence, int limit = 1000, CancellationToken ct = default) =>
        Time(() => inner.ReadResultsAsync(scanId, sinceSequence, limit, ct));

    public Task<IReadOnlyList<ScanInfo>> ListScansAsync(CancellationToken ct = default) => Time(() => inner.ListScansAsync(ct));

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
