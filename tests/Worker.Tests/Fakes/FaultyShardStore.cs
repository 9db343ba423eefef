using DipolePortal.Messages;
using DipolePortal.Worker.Store;

namespace DipolePortal.Worker.Tests.Fakes;

/// <summary>Wraps a store and fails chosen calls, as Akka's ChaosJournal does.</summary>
internal sealed class FaultyShardStore(IShardStore inner) : IShardStore
{
    private int _completeCalls;
    private int _leaseCalls;

    /// <summary>The first this-many CompleteAsync calls throw a transient TimeoutException (before touching the store).</summary>
    public int TransientCompleteFailures { get; init; }

    /// <summary>When set, every TryLeaseAsync throws this (a permanent failure).</summary>
    public Exception? LeaseFailure { get; init; }

    public int CompleteCalls => Volatile.Read(ref _completeCalls);

    public int LeaseCalls => Volatile.Read(ref _leaseCalls);

    public Task EnsureSchemaAsync(CancellationToken ct = default) => inner.EnsureSchemaAsync(ct);

    public Task<ScanRegistration> CreateOrGetScanAsync(ScanSpec spec, string specHash, bool allowNew, CancellationToken ct = default) =>
        inner.CreateOrGetScanAsync(spec, specHash, allowNew, ct);

    public Task<int> AddShardsAsync(string scanId, IReadOnlyList<ShardTask> tasks, CancellationToken ct = default) =>
        inner.AddShardsAsync(scanId, tasks, ct);

    public Task<ShardLease?> TryLeaseAsync(
        string workerId, TimeSpan leaseDuration, int maxAttempts = 3, string? scanId = null, ShardKey? near = null, CancellationToken ct = default)
    {
        Interlocked.Increment(ref _leaseCalls);
        return LeaseFailure is null ? inner.TryLeaseAsync(workerId, leaseDuration, maxAttempts, scanId, near, ct) : throw LeaseFailure;
    }

    public Task<ShardLease?> RenewLeaseAsync(ShardLease lease, TimeSpan leaseDuration, CancellationToken ct = default) =>
        inner.RenewLeaseAsync(lease, leaseDuration, ct);

    public Task<CompletionOutcome> CompleteAsync(ShardLease lease, ShardResult result, CancellationToken ct = default) =>
        Interlocked.Increment(ref _completeCalls) <= TransientCompleteFailures
            ? throw new TimeoutException("simulated store timeout")
            : inner.CompleteAsync(lease, result, ct);

    public Task<FailOutcome> FailAsync(ShardLease lease, string error, int maxAttempts = 3, CancellationToken ct = default) =>
        inner.FailAsync(lease, error, maxAttempts, ct);

    public Task<bool> ReleaseAsync(ShardLease lease, CancellationToken ct = default) => inner.ReleaseAsync(lease, ct);

    public Task<ScanStatus?> GetStatusAsync(string scanId, CancellationToken ct = default) => inner.GetStatusAsync(scanId, ct);

    public Task<IReadOnlyList<StoredShardResult>> ReadResultsAsync(
        string scanId, long sinceSequence, int limit = 1000, CancellationToken ct = default) =>
        inner.ReadResultsAsync(scanId, sinceSequence, limit, ct);

    public Task<IReadOnlyList<ScanInfo>> ListScansAsync(CancellationToken ct = default) => inner.ListScansAsync(ct);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
