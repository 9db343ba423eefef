using System.Globalization;
using DipolePortal.Messages;
using DipolePortal.Worker.Store;

namespace DipolePortal.Worker;

/// <summary>How a <see cref="WorkerLoop"/> leases, renews, polls and stops.</summary>
public sealed record WorkerLoopOptions
{
    /// <summary>Identifies this worker in the store ("host-pid" by default); lanes append "/lane".</summary>
    public string WorkerId { get; init; } = DefaultWorkerId();

    /// <summary>Shards computed at once.</summary>
    public int Concurrency { get; init; } = 1;

    /// <summary>How long a lease lasts without renewal.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a held lease is renewed; null means a third of <see cref="LeaseDuration"/>.</summary>
    public TimeSpan? RenewInterval { get; init; }

    /// <summary>First wait after finding nothing to claim; doubles up to <see cref="MaxIdlePollInterval"/>.</summary>
    public TimeSpan IdlePollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// With <see cref="StopWhenIdle"/> and a <see cref="ScanId"/> not planned yet: the wait between looks for it. Short, since
    /// such a worker is started together with its coordinator, which plans within a second; one cheap status query each.
    /// </summary>
    public TimeSpan PlanPollInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Longest wait between polls when idle.</summary>
    public TimeSpan MaxIdlePollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts before a shard is marked failed.</summary>
    public int MaxAttempts { get; init; } = ShardLease.DefaultMaxAttempts;

    /// <summary>After a stop request, how long a shard in progress may take to finish before its lease is released.</summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Exit when there is nothing left to do (embedded mode): no pending or leased shard in <see cref="ScanId"/>
    /// (a scan not in the store yet is waited for: its coordinator may still be planning it), or, without a scan id,
    /// nothing claimable.</summary>
    public bool StopWhenIdle { get; init; }

    /// <summary>
    /// Called on the lane's thread with every result this loop has stored (or found stored already, the same result),
    /// after the store has committed it: a coordinator in the same process aggregates it without reading it back.
    /// </summary>
    public Action<ShardResult>? ResultStored { get; init; }

    /// <summary>Only work on this scan; null works on any scan in the store.</summary>
    public string? ScanId { get; init; }

    /// <summary>
    /// Retries of transient store failures: about a minute (15 retries, backoff capped at 5 s), so that a database restart
    /// does not make a worker drop a computed result or stop.
    /// </summary>
    public RetryPolicy StoreRetry { get; init; } = RetryPolicy.Default with { MaxRetries = 15 };

    /// <summary>The renew interval in force.</summary>
    public TimeSpan EffectiveRenewInterval => RenewInterval ?? LeaseDuration / 3;

    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(WorkerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(Concurrency, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(LeaseDuration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(EffectiveRenewInterval, TimeSpan.Zero);
        if (EffectiveRenewInterval >= LeaseDuration)
        {
            throw new ArgumentOutOfRangeException(
                nameof(RenewInterval), EffectiveRenewInterval, $"renew interval must be shorter than the lease ({LeaseDuration}).");
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(IdlePollInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIdlePollInterval, IdlePollInterval);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PlanPollInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ShutdownGrace, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(StoreRetry);
    }

    private static string DefaultWorkerId() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Environment.ProcessId}");
}
