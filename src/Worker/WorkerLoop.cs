using System.Diagnostics;
using System.Globalization;
using DipolePortal.Messages;
using DipolePortal.Worker.Store;
using Serilog;

namespace DipolePortal.Worker;

/// <summary>
/// Leases a shard, renews the lease in the background while computing it, stores the result, repeats — on
/// <see cref="WorkerLoopOptions.Concurrency"/> lanes at once.
/// </summary>
/// <remarks>
/// Stopping (cancelling the token given to <see cref="RunAsync"/>) lets a shard in progress finish within
/// <see cref="WorkerLoopOptions.ShutdownGrace"/>, then releases its lease. An executor failure is recorded with
/// <see cref="IShardStore.FailAsync"/> (retried by any worker until the attempts run out); transient store failures are
/// retried with backoff; a permanent store failure while claiming stops the loop with that exception.
/// </remarks>
public sealed class WorkerLoop
{
    private readonly IShardStore _store;
    private readonly IShardExecutor _executor;
    private readonly WorkerLoopOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _clock;
    private long _lastHeartbeatTicks;
    private long _lastStoreSuccessTicks;
    private long _completed;
    private long _failedAttempts;
    private int _activeShards;
    private int _running;
    private TaskCompletionSource _shardSettled = NewSettledSignal();
    private int _waitingForScanSaid;

    /// <summary>Creates a loop; nothing runs until <see cref="RunAsync"/>.</summary>
    public WorkerLoop(IShardStore store, IShardExecutor executor, WorkerLoopOptions options, ILogger? logger = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _store = store;
        _executor = executor;
        _options = options;
        _clock = clock ?? TimeProvider.System;
        _logger = (logger ?? Serilog.Core.Logger.None).ForContext<WorkerLoop>().ForContext("WorkerId", options.WorkerId);
    }

    /// <summary>When a lane last went round its loop or renewed a lease (liveness); null before the first round.</summary>
    public DateTimeOffset? LastHeartbeat => FromTicks(Interlocked.Read(ref _lastHeartbeatTicks));

    /// <summary>When a store call last succeeded (readiness); null before the first.</summary>
    public DateTimeOffset? LastStoreSuccess => FromTicks(Interlocked.Read(ref _lastStoreSuccessTicks));

    /// <summary>Shards whose results this loop stored (or found already stored).</summary>
    public long ShardsCompleted => Interlocked.Read(ref _completed);

    /// <summary>Executor failures recorded with <see cref="IShardStore.FailAsync"/>.</summary>
    public long ShardAttemptsFailed => Interlocked.Read(ref _failedAttempts);

    /// <summary>Shards being computed right now.</summary>
    public int ActiveShards => Volatile.Read(ref _activeShards);

    /// <summary>True while <see cref="RunAsync"/> runs.</summary>
    public bool IsRunning => Volatile.Read(ref _running) == 1;

    /// <summary>Runs until <paramref name="stoppingToken"/> is cancelled (or, with StopWhenIdle, until no work is left).</summary>
    /// <remarks>Returns normally on a requested stop; throws a permanent store failure.</remarks>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            throw new InvalidOperationException("this worker loop is already running.");
        }

        try
        {
            _logger.Information(
                "Worker {WorkerId} starting {Concurrency} lanes on {Store} (lease {LeaseSeconds:F0} s)",
                _options.WorkerId, _options.Concurrency, _store.ToString(), _options.LeaseDuration.TotalSeconds);
            using var lanesStop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            Task[] lanes = Enumerable.Range(0, _options.Concurrency)
                .Select(lane => Task.Run(() => RunLaneAsync(lane, lanesStop), CancellationToken.None))
                .ToArray();
            await Task.WhenAll(lanes);
            _logger.Information("Worker {WorkerId} stopped after {ShardsCompleted} shards", _options.WorkerId, ShardsCompleted);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    private async Task RunLaneAsync(int lane, CancellationTokenSource lanesStop)
    {
        CancellationToken stopping = lanesStop.Token;
        string workerId = string.Create(CultureInfo.InvariantCulture, $"{_options.WorkerId}/{lane}");
        TimeSpan idleDelay = _options.IdlePollInterval;
        ShardKey? last = null; // the next claim prefers the other experiment sets of this shard's m4 block (ClaimOrder)
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                Heartbeat();
                // Taken before the claim, so that a sibling lane settling a shard after it is not missed while idle.
                Task siblingSettled = Volatile.Read(ref _shardSettled).Task;
                ShardLease? lease;
                try
                {
                    lease = await StoreAsync(
                        "lease", null, ct => _store.TryLeaseAsync(workerId, _options.LeaseDuration, _options.MaxAttempts, _options.ScanId, last, ct),
                        stopping);
                }
                catch (Exception e) when (StoreErrors.IsTransient(e) && !stopping.IsCancellationRequested)
                {
                    _logger.Warning(e, "Store unavailable while claiming; retrying in {DelaySeconds:F1} s", _options.MaxIdlePollInterval.TotalSeconds);
                    await DelayAsync(_options.MaxIdlePollInterval, stopping);
                    continue;
                }

                if (lease is null)
                {
                    Idleness idle;
                    try
                    {
                        idle = _options.StopWhenIdle ? await IdlenessAsync(stopping) : Idleness.WorkMayCome;
                    }
                    catch (Exception e) when (StoreErrors.IsTransient(e) && !stopping.IsCancellationRequested)
                    {
                        _logger.Warning(e, "Store unavailable while checking for work; retrying in {DelaySeconds:F1} s", _options.MaxIdlePollInterval.TotalSeconds);
                        await DelayAsync(_options.MaxIdlePollInterval, stopping);
                        continue;
                    }

                    if (idle == Idleness.Done)
                    {
                        _logger.Information("Lane {Lane} found no work left; stopping", lane);
                        return;
                    }

                    if (idle == Idleness.ScanNotPlanned)
                    {
                        // Started together with its coordinator: the shards come within moments, so look again soon.
                        if (Interlocked.Exchange(ref _waitingForScanSaid, 1) == 0)
                        {
                            _logger.Information("Scan {ScanId} is not planned in the store yet; waiting for it", _options.ScanId);
                        }

                        await DelayAsync(_options.PlanPollInterval, stopping);
                        continue;
                    }

                    // A sibling lane settling its shard may have ended the scan (or freed a retry): look again at once.
                    await Task.WhenAny(DelayAsync(idleDelay, stopping), siblingSettled);
                    idleDelay = TimeSpan.FromTicks(Math.Min(idleDelay.Ticks * 2, _options.MaxIdlePollInterval.Ticks));
                    continue;
                }

                idleDelay = _options.IdlePollInterval;
                await ProcessAsync(lease, stopping);
                last = lease.Key;
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // A requested stop.
        }
        catch (Exception e)
        {
            _logger.Error(e, "Lane {Lane} stopped by a permanent store failure", lane);
            await lanesStop.CancelAsync();
            throw;
        }
    }

    private async Task ProcessAsync(ShardLease lease, CancellationToken stopping)
    {
        string shardKey = lease.Key.ToString();
        _logger.Information("Shard {ShardKey} leased (attempt {Attempt})", shardKey, lease.Attempt);
        Interlocked.Increment(ref _activeShards);
        var elapsed = Stopwatch.StartNew();
        using var computeCts = new CancellationTokenSource();
        using CancellationTokenRegistration onStop = stopping.Register(() =>
        {
            _logger.Information("Shard {ShardKey}: stop requested; {GraceSeconds:F1} s to finish", shardKey, _options.ShutdownGrace.TotalSeconds);
            computeCts.CancelAfter(_options.ShutdownGrace);
        });
        using var renewCts = new CancellationTokenSource();
        var renewTimer = new PeriodicTimer(_options.EffectiveRenewInterval, _clock);
        Task renewing = RenewUntilStoppedAsync(lease, shardKey, renewTimer, renewCts.Token);
        Task<ShardResult> computing = Task.Factory.StartNew(
            () => _executor.Execute(lease.Task, computeCts.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            // Abandon (and release) a computation that ignores cancellation once the grace period is over.
            var abandoned = new TaskCompletionSource();
            using CancellationTokenRegistration onGraceOver = computeCts.Token.Register(() => abandoned.TrySetResult());
            await Task.WhenAny(computing, abandoned.Task);
        }
        finally
        {
            // Ends the renewals without an exception in the common case: the timer's next wait returns false. The token
            // cancels a renewal caught in flight (store retries).
            renewTimer.Dispose();
            await renewCts.CancelAsync();
            await renewing;
            Interlocked.Decrement(ref _activeShards);
        }

        await SettleAsync(lease, shardKey, computing, computeCts.IsCancellationRequested, elapsed.Elapsed);
        Interlocked.Exchange(ref _shardSettled, NewSettledSignal()).TrySetResult();
    }

    private async Task SettleAsync(
        ShardLease lease, string shardKey, Task<ShardResult> computing, bool stopCancelledCompute, TimeSpan elapsed)
    {
        // Settling must not be cut short by the stop request: bound it by a lease duration instead.
        using var settleCts = new CancellationTokenSource(_options.LeaseDuration);
        CancellationToken ct = settleCts.Token;
        try
        {
            if (computing.IsCompletedSuccessfully)
            {
                ShardResult result = computing.Result;
                if (result.Key != lease.Key)
                {
                    await RecordFailureAsync(lease, shardKey, $"executor returned the result of shard {result.Key}", null, ct);
                    return;
                }

                CompletionOutcome outcome = await StoreAsync("complete", shardKey, c => _store.CompleteAsync(lease, result, c), ct);
                if (outcome == CompletionOutcome.Stale)
                {
                    _logger.Warning("Shard {ShardKey} result discarded: the scan was replaced (--new) while it ran", shardKey);
                    return;
                }

                Interlocked.Increment(ref _completed);
                _options.ResultStored?.Invoke(result);
                _logger.Information(
                    "Shard {ShardKey} done in {ElapsedSeconds:F1} s ({Outcome})", shardKey, elapsed.TotalSeconds, outcome);
            }
            else if (!computing.IsCompleted || (stopCancelledCompute && computing.Exception?.InnerException is OperationCanceledException))
            {
                bool released = await StoreAsync("release", shardKey, c => _store.ReleaseAsync(lease, c), ct);
                _logger.Information("Shard {ShardKey} released unfinished after {ElapsedSeconds:F1} s (lease held: {LeaseHeld})",
                    shardKey, elapsed.TotalSeconds, released);
            }
            else
            {
                Exception error = computing.Exception!.InnerException ?? computing.Exception;
                await RecordFailureAsync(lease, shardKey, $"{error.GetType().Name}: {error.Message}", error, ct);
            }
        }
        catch (Exception e)
        {
            // Nothing committed is lost: the lease expires and another worker claims the shard again.
            _logger.Error(e, "Shard {ShardKey}: could not settle the lease; it will expire and be claimed again", shardKey);
        }
    }

    private async Task RecordFailureAsync(ShardLease lease, string shardKey, string error, Exception? exception, CancellationToken ct)
    {
        Interlocked.Increment(ref _failedAttempts);
        FailOutcome outcome = await StoreAsync("fail", shardKey, c => _store.FailAsync(lease, error, _options.MaxAttempts, c), ct);
        _logger.Warning(exception, "Shard {ShardKey} attempt {Attempt} of {MaxAttempts} failed ({Outcome}): {Error}",
            shardKey, lease.Attempt, _options.MaxAttempts, outcome, error);
    }

    private async Task RenewUntilStoppedAsync(ShardLease lease, string shardKey, PeriodicTimer timer, CancellationToken ct)
    {
        while (await timer.WaitForNextTickAsync(CancellationToken.None))
        {
            try
            {
                ShardLease? renewed = await StoreAsync(
                    "renew", shardKey, c => _store.RenewLeaseAsync(lease, _options.LeaseDuration, c), ct);
                if (renewed is null)
                {
                    _logger.Warning("Shard {ShardKey}: lease lost; finishing anyway (results are idempotent)", shardKey);
                    return;
                }

                // A long shard keeps the loop's heartbeat (liveness) fresh through its renewals.
                Heartbeat();
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return; // the shard settled while a renewal was in flight
            }
            catch (Exception e)
            {
                _logger.Warning(e, "Shard {ShardKey}: lease renewal failed; will try again", shardKey);
            }
        }
    }

    /// <summary>With StopWhenIdle: whether the loop is done, or must wait for shards of a running or not yet planned scan.</summary>
    private async Task<Idleness> IdlenessAsync(CancellationToken ct)
    {
        if (_options.ScanId is null)
        {
            return Idleness.Done;
        }

        ScanStatus? status = await StoreAsync("status", null, c => _store.GetStatusAsync(_options.ScanId, c), ct);
        // Registered without shards yet is "not planned" too: the coordinator adds them in a second step.
        return status is null || status.Total == 0 ? Idleness.ScanNotPlanned : status.IsSettled ? Idleness.Done : Idleness.WorkMayCome;
    }

    private async Task<T> StoreAsync<T>(string operation, string? shardKey, Func<CancellationToken, Task<T>> call, CancellationToken ct)
    {
        T value = await _options.StoreRetry.ExecuteAsync(
            call,
            (retry, delay, error) => _logger.Warning(
                "Store call {Operation} for shard {ShardKey} failed transiently ({Error}); retry {Retry} in {DelaySeconds:F2} s",
                operation, shardKey ?? "-", error.Message, retry, delay.TotalSeconds),
            ct);
        Interlocked.Exchange(ref _lastStoreSuccessTicks, _clock.GetUtcNow().UtcTicks);
        return value;
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, _clock, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stop requested while waiting.
        }
    }

    private enum Idleness
    {
        /// <summary>Shards of the scan are leased by others (they may fail back) or the loop does not stop when idle.</summary>
        WorkMayCome,

        /// <summary>The named scan has no pending or leased shard: stop.</summary>
        Done,

        /// <summary>The named scan is not in the store yet, or has no shards yet: its coordinator is still planning it.</summary>
        ScanNotPlanned,
    }

    private static TaskCompletionSource NewSettledSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Heartbeat() => Interlocked.Exchange(ref _lastHeartbeatTicks, _clock.GetUtcNow().UtcTicks);

    private static DateTimeOffset? FromTicks(long ticks) => ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
}
