using System.Diagnostics;
using DipolePortal.Messages;

namespace DipolePortal.Worker.Store;

/// <summary>
/// An <see cref="IShardStore"/> that adds up the time its callers spend inside the store: <c>dipole scan</c> reports it
/// in timing.json (store_seconds), so that a slow database shows, and <c>dipole bench</c> holds it against the scan's
/// wall time (issue 8: store under 5%).
/// </summary>
/// <param name="inner">The store.</param>
/// <param name="spentOpening">Time already spent opening <paramref name="inner"/> (its schema check), counted in <see cref="Busy"/>.</param>
public sealed class TimedShardStore(IShardStore inner, TimeSpan spentOpening = default) : IShardStore
{
    private long _ticks = (long)(spentOpening.TotalSeconds * Stopwatch.Frequency); // in Stopwatch ticks

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

    /// <inheritdoc />
    public Task EnsureSchemaAsync(CancellationToken ct = default) => Time(async () => { await inner.EnsureSchemaAsync(ct); return true; });

    /// <inheritdoc />
    public Task<ScanRegistration> CreateOrGetScanAsync(ScanSpec spec, string specHash, bool allowNew, CancellationToken ct = default) =>
        Time(() => inner.CreateOrGetScanAsync(spec, specHash, allowNew, ct));

    /// <inheritdoc />
    public Task<int> AddShardsAsync(string scanId, IReadOnlyList<ShardTask> tasks, CancellationToken ct = default) =>
        Time(() => inner.AddShardsAsync(scanId, tasks, ct));

    /// <inheritdoc />
    public Task<ShardLease?> TryLeaseAsync(
        string workerId, TimeSpan leaseDuration, int maxAttempts = ShardLease.DefaultMaxAttempts, string? scanId = null, ShardKey? near = null,
        CancellationToken ct = default) =>
        Time(() => inner.TryLeaseAsync(workerId, leaseDuration, maxAttempts, scanId, near, ct));

    /// <inheritdoc />
    public Task<ShardLease?> RenewLeaseAsync(ShardLease lease, TimeSpan leaseDuration, CancellationToken ct = default) =>
        Time(() => inner.RenewLeaseAsync(lease, leaseDuration, ct));

    /// <inheritdoc />
    public Task<CompletionOutcome> CompleteAsync(ShardLease lease, ShardResult result, CancellationToken ct = default) =>
        Time(() => inner.CompleteAsync(lease, result, ct));

    /// <inheritdoc />
    public Task<FailOutcome> FailAsync(ShardLease lease, string error, int maxAttempts = ShardLease.DefaultMaxAttempts, CancellationToken ct = default) =>
        Time(() => inner.FailAsync(lease, error, maxAttempts, ct));

    /// <inheritdoc />
    public Task<bool> ReleaseAsync(ShardLease lease, CancellationToken ct = default) => Time(() => inner.ReleaseAsync(lease, ct));

    /// <inheritdoc />
    public Task<ScanStatus?> GetStatusAsync(string scanId, CancellationToken ct = default) => Time(() => inner.GetStatusAsync(scanId, ct));

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredShardResult>> ReadResultsAsync(string scanId, long sinceSequence, int limit = 1000, CancellationToken ct = default) =>
        Time(() => inner.ReadResultsAsync(scanId, sinceSequence, limit, ct));

    /// <inheritdoc />
    public Task<IReadOnlyList<ScanInfo>> ListScansAsync(CancellationToken ct = default) => Time(() => inner.ListScansAsync(ct));

    /// <inheritdoc />
    public ValueTask DisposeAsync() => inner.DisposeAsync();

    /// <summary>The store's own description (its URI without secrets).</summary>
    public override string? ToString() => inner.ToString();
}
