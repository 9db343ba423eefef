using DipolePortal.Messages;

namespace DipolePortal.Worker.Store;

/// <summary>
/// The cluster's backbone: scans, their shards with time-limited leases, and the results keyed by (scan, shard).
/// </summary>
/// <remarks>
/// Every method is safe to call from many threads, processes and hosts at once. Transient failures surface as
/// exceptions that <see cref="StoreErrors.IsTransient"/> recognises; callers retry them with a <see cref="RetryPolicy"/>.
/// </remarks>
public interface IShardStore : IAsyncDisposable
{
    /// <summary>Creates the tables and indexes if they are missing. Idempotent and safe to race.</summary>
    public Task EnsureSchemaAsync(CancellationToken ct = default);

    /// <summary>Registers a scan, or returns the stored one when the spec hash matches.</summary>
    /// <param name="spec">The validated spec; its name is the scan id.</param>
    /// <param name="specHash">SHA-256 of the canonical spec (<see cref="ScanSpec.ComputeHash"/>).</param>
    /// <param name="allowNew">
    /// The CLI's <c>--new</c>: replace an existing scan of that name in one transaction — its shards and results are
    /// deleted, the new spec and hash are stored and the scan's generation is incremented, so late completions from
    /// leases on the old generation are refused (<see cref="CompletionOutcome.Stale"/>).
    /// </param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="ScanSpecMismatchException">The name exists with another hash and <paramref name="allowNew"/> is false.</exception>
    public Task<ScanRegistration> CreateOrGetScanAsync(ScanSpec spec, string specHash, bool allowNew, CancellationToken ct = default);

    /// <summary>Adds shards as pending; shards that already exist (any state) are left untouched.</summary>
    /// <returns>The number of shards actually inserted.</returns>
    /// <exception cref="InvalidOperationException">The scan is not registered.</exception>
    public Task<int> AddShardsAsync(string scanId, IReadOnlyList<ShardTask> tasks, CancellationToken ct = default);

    /// <summary>Claims one pending shard, or one whose lease has expired, and increments its attempt count.</summary>
    /// <param name="workerId">Who holds the lease (for status and logs).</param>
    /// <param name="leaseDuration">How long the lease lasts unless renewed.</param>
    /// <param name="maxAttempts">An expired lease whose shard has used this many attempts is marked failed instead.</param>
    /// <param name="scanId">Only claim shards of this scan; null claims from any scan.</param>
    /// <param name="near">
    /// The shard the caller finished last, or null. A claimable shard of the same scan, flavor and m4 block (another
    /// experiment set: a joint fit whose spectra the caller has just computed) comes first; otherwise the first
    /// claimable shard in plan order.
    /// </param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The lease, or null when nothing is claimable.</returns>
    public Task<ShardLease?> TryLeaseAsync(
        string workerId, TimeSpan leaseDuration, int maxAttempts = ShardLease.DefaultMaxAttempts, string? scanId = null,
        ShardKey? near = null, CancellationToken ct = default);

    /// <summary>Extends a lease that is still held.</summary>
    /// <returns>The renewed lease, or null when the lease was lost (expired and reclaimed, failed, or completed).</returns>
    public Task<ShardLease?> RenewLeaseAsync(ShardLease lease, TimeSpan leaseDuration, CancellationToken ct = default);

    /// <summary>Stores a shard's result and marks the shard done. Idempotent: a second write changes nothing.</summary>
    /// <remarks>The result is accepted even if the lease expired meanwhile: results depend only on the task.</remarks>
    public Task<CompletionOutcome> CompleteAsync(ShardLease lease, ShardResult result, CancellationToken ct = default);

    /// <summary>Records a failed attempt: back to pending, or failed with its error once <paramref name="maxAttempts"/> are used.</summary>
    public Task<FailOutcome> FailAsync(ShardLease lease, string error, int maxAttempts = ShardLease.DefaultMaxAttempts, CancellationToken ct = default);

    /// <summary>Gives a lease back unfinished (graceful stop); the attempt is not counted.</summary>
    /// <returns>False when the lease was no longer held.</returns>
    public Task<bool> ReleaseAsync(ShardLease lease, CancellationToken ct = default);

    /// <summary>Shard counts by state and failures; null when the scan does not exist.</summary>
    public Task<ScanStatus?> GetStatusAsync(string scanId, CancellationToken ct = default);

    /// <summary>Results with a sequence number above <paramref name="sinceSequence"/>, in sequence order.</summary>
    /// <remarks>Sequence numbers increase in commit order within a scan, so polling with the last one seen misses nothing.</remarks>
    public Task<IReadOnlyList<StoredShardResult>> ReadResultsAsync(
        string scanId, long sinceSequence, int limit = 1000, CancellationToken ct = default);

    /// <summary>Every scan in the store, by name.</summary>
    public Task<IReadOnlyList<ScanInfo>> ListScansAsync(CancellationToken ct = default);
}
