using DipolePortal.Messages;

namespace DipolePortal.Worker.Store;

/// <summary>A worker's time-limited claim on one shard (lease, renew, complete, fail, release, expire).</summary>
/// <remarks>
/// A lease is identified by <see cref="LeaseId"/>. When it expires (the store's clock passes <see cref="ExpiresAt"/>)
/// any worker may claim the shard again; the old holder's renew, fail and release then do nothing, while its
/// complete is still accepted because results are idempotent per (scan, shard).
/// </remarks>
public sealed record ShardLease
{
    /// <summary>Attempts before a shard is marked failed.</summary>
    public const int DefaultMaxAttempts = 3;

    /// <summary>Unique id of this claim.</summary>
    public required Guid LeaseId { get; init; }

    /// <summary>The task to compute.</summary>
    public required ShardTask Task { get; init; }

    /// <summary>The worker holding the lease.</summary>
    public required string WorkerId { get; init; }

    /// <summary>Attempt number of this claim, from 1.</summary>
    public required int Attempt { get; init; }

    /// <summary>When the lease ends unless renewed (store clock, UTC).</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The scan's generation when leased; a scan replaced with --new has a higher one.</summary>
    public required long ScanGeneration { get; init; }

    /// <summary>The shard.</summary>
    public ShardKey Key => Task.Key;
}

/// <summary>What <see cref="IShardStore.CompleteAsync"/> did.</summary>
public enum CompletionOutcome
{
    /// <summary>The result was stored and the shard marked done.</summary>
    Stored,

    /// <summary>A result was already stored; nothing changed.</summary>
    AlreadyDone,

    /// <summary>The scan was replaced (--new) or deleted since the lease; nothing was written.</summary>
    Stale,
}

/// <summary>What <see cref="IShardStore.FailAsync"/> did.</summary>
public enum FailOutcome
{
    /// <summary>The shard is pending again for another attempt.</summary>
    Retrying,

    /// <summary>The shard used its last attempt and is failed with the error.</summary>
    Failed,

    /// <summary>The lease was no longer held; nothing changed.</summary>
    LeaseLost,
}

/// <summary>A stored result with its per-scan sequence number.</summary>
public sealed record StoredShardResult
{
    /// <summary>Monotonically increasing within a scan, in commit order.</summary>
    public required long Sequence { get; init; }

    /// <summary>The result.</summary>
    public required ShardResult Result { get; init; }
}
