using DipolePortal.Messages;
using DipolePortal.Worker.Store;
using DipolePortal.Worker.Tests.Fakes;
using Serilog;
using Serilog.Events;

namespace DipolePortal.Worker.Tests;

/// <summary>The worker loop against a real SQLite store and a fake executor.</summary>
public sealed class WorkerLoopTests : IAsyncLifetime
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(60);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dipole-worker-" + Guid.NewGuid().ToString("N"));
    private readonly CollectingSink _sink = new();
    private IShardStore _store = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _store = ShardStoreFactory.Open("sqlite:" + Path.Combine(_folder, "dipole.db"));
        await _store.EnsureSchemaAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private ILogger Logger() => new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(_sink).CreateLogger();

    private static WorkerLoopOptions Options(string scanId, int concurrency = 1) => new()
    {
        WorkerId = "test-worker",
        Concurrency = concurrency,
        LeaseDuration = TimeSpan.FromSeconds(30),
        IdlePollInterval = TimeSpan.FromMilliseconds(10),
        MaxIdlePollInterval = TimeSpan.FromMilliseconds(50),
        StopWhenIdle = true,
        ScanId = scanId,
        StoreRetry = new RetryPolicy { InitialDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(20) },
    };

    private async Task AddScanAsync(string name, int shards)
    {
        ScanSpec spec = TestShards.Spec(name);
        await _store.CreateOrGetScanAsync(spec, spec.ComputeHash(), allowNew: false);
        await _store.AddShardsAsync(name, TestShards.Tasks(name, shards));
    }

    [Fact]
    public async Task RunAsync_WithStopWhenIdle_CompletesEveryShardOnce()
    {
        await AddScanAsync("all", 20);
        var executor = new FakeShardExecutor();
        var handedOver = new System.Collections.Concurrent.ConcurrentBag<ShardKey>();
        var loop = new WorkerLoop(_store, executor, Options("all", concurrency: 3) with { ResultStored = r => handedOver.Add(r.Key) }, Logger());

        await loop.RunAsync(CancellationToken.None).WaitAsync(TestTimeout);

        ScanStatus status = (await _store.GetStatusAsync("all"))!;
        Assert.Equal(20, status.Done);
        Assert.Equal(20, executor.TotalCalls);
        Assert.Equal(20, loop.ShardsCompleted);
        Assert.Equal(20, (await _store.ReadResultsAsync("all", 0)).Count);
        Assert.Equal(20, handedOver.Distinct().Count()); // every stored result is handed over once
        Assert.Equal(20, handedOver.Count);
        Assert.NotNull(loop.LastHeartbeat);
        Assert.NotNull(loop.LastStoreSuccess);
        Assert.False(loop.IsRunning);
        Assert.Equal(0, loop.ActiveShards);
    }

    [Fact]
    public async Task RunAsync_AfterAShard_TakesTheOtherExperimentSetsOfItsM4BlockNext()
    {
        // Plan order xenonnt/0, xenonnt/1, joint/0, joint/1: the lane computes joint/0 right after xenonnt/0, whose spectra
        // its process has just computed, instead of following the plan order.
        ScanSpec spec = TestShards.Spec("blocks");
        await _store.CreateOrGetScanAsync(spec, spec.ComputeHash(), allowNew: false);
        ShardTask Shard(string set, int block) => TestShards.Task("blocks", block) with { Key = new ShardKey("blocks", set, "e", block) };
        await _store.AddShardsAsync("blocks", [Shard("xenonnt", 0), Shard("xenonnt", 1), Shard("xenonnt+pandax4t-run1", 0), Shard("xenonnt+pandax4t-run1", 1)]);
        var order = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var executor = new FakeShardExecutor((task, _, _) =>
        {
            order.Enqueue($"{task.Key.ExperimentSet}/{task.Key.BlockIndex}");
            return TestShards.Result(task);
        });

        await new WorkerLoop(_store, executor, Options("blocks"), Logger()).RunAsync(CancellationToken.None).WaitAsync(TestTimeout);

        Assert.Equal(["xenonnt/0", "xenonnt+pandax4t-run1/0", "xenonnt/1", "xenonnt+pandax4t-run1/1"], order);
    }

    [Fact]
    public async Task RunAsync_WhenASiblingLaneSettlesTheLastShard_TheIdleLaneStopsWithoutWaitingOutItsPoll()
    {
        // One shard, two lanes: lane 2 finds nothing to claim while lane 1 computes, and goes idle for a poll interval
        // far longer than the test allows. Lane 1 settling the shard must wake it to see that the scan is done.
        await AddScanAsync("tail", 1);
        using var executor = new GatedShardExecutor(TestTimeout);
        var loop = new WorkerLoop(_store, executor, Options("tail", concurrency: 2) with
        {
            IdlePollInterval = TimeSpan.FromMinutes(10),
            MaxIdlePollInterval = TimeSpan.FromMinutes(10),
        }, Logger());

        Task running = loop.RunAsync(CancellationToken.None);
        Assert.True(await executor.WaitUntilStartedAsync(TestTimeout));
        await Task.Delay(200); // the other lane has claimed nothing and is idle by now
        executor.Release();

        await running.WaitAsync(TestTimeout);
        Assert.Equal(1, (await _store.GetStatusAsync("tail"))!.Done);
    }

    [Fact]
    public async Task RunAsync_WithStopWhenIdle_WaitsForItsScanToBePlanned()
    {
        // A farm started together with its coordinator: the workers' scan is not in the store yet when they start.
        var executor = new FakeShardExecutor();
        var loop = new WorkerLoop(_store, executor, Options("later", concurrency: 2), Logger());
        Task running = loop.RunAsync(CancellationToken.None);
        await Task.Delay(300);
        Assert.False(running.IsCompleted, "the worker stopped before its scan was registered");

        ScanSpec spec = TestShards.Spec("later"); // registered first, its shards added in a second step, as a coordinator does
        await _store.CreateOrGetScanAsync(spec, spec.ComputeHash(), allowNew: false);
        await Task.Delay(300);
        Assert.False(running.IsCompleted, "the worker stopped between the registration of its scan and its shards");
        await _store.AddShardsAsync("later", TestShards.Tasks("later", 5));
        await running.WaitAsync(TestTimeout);
        Assert.Equal(5, (await _store.GetStatusAsync("later"))!.Done);
        Assert.Equal(5, executor.TotalCalls);
    }

    [Fact]
    public async Task RunAsync_WhenExecutorThrowsOnce_RetriesTheShardAndSucceeds()
    {
        await AddScanAsync("flaky", 4);
        var executor = new FakeShardExecutor((task, call, _) =>
            task.Key.BlockIndex == 2 && call == 1 ? throw new InvalidOperationException("solver diverged") : TestShards.Result(task));
        var loop = new WorkerLoop(_store, executor, Options("flaky"), Logger());

        await loop.RunAsync(CancellationToken.None).WaitAsync(TestTimeout);

        ScanStatus status = (await _store.GetStatusAsync("flaky"))!;
        Assert.Equal(4, status.Done);
        Assert.Equal(0, status.Failed);
        Assert.Equal(2, executor.CallsFor(new ShardKey("flaky", "xenonnt", "e", 2)));
        Assert.Equal(1, loop.ShardAttemptsFailed);
        Assert.Contains(_sink.Events, e => e.Level == LogEventLevel.Warning && e.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task RunAsync_WhenExecutorAlwaysThrows_MarksShardFailedAfterMaxAttempts()
    {
        await AddScanAsync("broken", 2);
        var executor = new FakeShardExecutor((task, _, _) =>
            task.Key.BlockIndex == 0 ? throw new ArithmeticException("NaN in χ²") : TestShards.Result(task));
        var loop = new WorkerLoop(_store, executor, Options("broken") with { MaxAttempts = 3 }, Logger());

        await loop.RunAsync(CancellationToken.None).WaitAsync(TestTimeout);

        ScanStatus status = (await _store.GetStatusAsync("broken"))!;
        Assert.Equal(1, status.Done);
        ShardFailure failure = Assert.Single(status.Failures);
        Assert.Equal(3, failure.Attempts);
        Assert.Equal("ArithmeticException: NaN in χ²", failure.Error);
        Assert.Equal(3, executor.CallsFor(failure.Key));
    }

    [Fact]
    public async Task RunAsync_WhenCancelledMidShard_ReleasesTheLease()
    {
        await AddScanAsync("stop", 1);
        using var started = new SemaphoreSlim(0);
        var executor = new FakeShardExecutor((task, _, ct) =>
        {
            started.Release();
            Task.Delay(Timeout.Infinite, ct).GetAwaiter().GetResult();
            return TestShards.Result(task);
        });
        var loop = new WorkerLoop(_store, executor, Options("stop") with { StopWhenIdle = false, ShutdownGrace = TimeSpan.FromMilliseconds(100) }, Logger());
        using var stop = new CancellationTokenSource();

        Task running = loop.RunAsync(stop.Token);
        Assert.True(await started.WaitAsync(TestTimeout));
        await stop.CancelAsync();
        await running.WaitAsync(TestTimeout);

        ScanStatus status = (await _store.GetStatusAsync("stop"))!;
        Assert.Equal(1, status.Pending);
        Assert.Equal(0, status.Leased);
        ShardLease again = (await _store.TryLeaseAsync("other", TimeSpan.FromMinutes(1)))!;
        Assert.Equal(1, again.Attempt);
    }

    [Fact]
    public async Task RunAsync_WhenExecutorIgnoresCancellation_ReleasesAfterGrace()
    {
        await AddScanAsync("stubborn", 1);
        using var executor = new GatedShardExecutor(TestTimeout);
        var loop = new WorkerLoop(_store, executor, Options("stubborn") with { StopWhenIdle = false, ShutdownGrace = TimeSpan.FromMilliseconds(100) }, Logger());
        using var stop = new CancellationTokenSource();

        Task running = loop.RunAsync(stop.Token);
        Assert.True(await executor.WaitUntilStartedAsync(TestTimeout));
        await stop.CancelAsync();
        await running.WaitAsync(TestTimeout);
        executor.Release();

        Assert.Equal(1, (await _store.GetStatusAsync("stubborn"))!.Pending);
    }

    [Fact]
    public async Task RunAsync_WhenCancelledButShardFinishesWithinGrace_StoresTheResult()
    {
        await AddScanAsync("finish", 1);
        using var started = new SemaphoreSlim(0);
        var executor = new FakeShardExecutor((task, _, _) =>
        {
            started.Release();
            Thread.Sleep(TimeSpan.FromMilliseconds(300));
            return TestShards.Result(task);
        });
        var loop = new WorkerLoop(_store, executor, Options("finish") with { StopWhenIdle = false, ShutdownGrace = TimeSpan.FromSeconds(20) }, Logger());
        using var stop = new CancellationTokenSource();

        Task running = loop.RunAsync(stop.Token);
        Assert.True(await started.WaitAsync(TestTimeout));
        await stop.CancelAsync();
        await running.WaitAsync(TestTimeout);

        Assert.Equal(1, (await _store.GetStatusAsync("finish"))!.Done);
    }

    [Fact]
    public async Task RunAsync_WhileComputing_RenewsTheLeaseSoNobodyElseClaimsIt()
    {
        // The shard takes twice the lease; without renewal the thief would claim it after 2 s.
        await AddScanAsync("renew", 1);
        using var executor = new GatedShardExecutor(TestTimeout);
        WorkerLoopOptions options = Options("renew") with
        {
            LeaseDuration = TimeSpan.FromSeconds(2), RenewInterval = TimeSpan.FromMilliseconds(200),
        };
        var loop = new WorkerLoop(_store, executor, options, Logger());

        Task running = loop.RunAsync(CancellationToken.None);
        Assert.True(await executor.WaitUntilStartedAsync(TestTimeout));
        for (int i = 0; i < 8; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            Assert.Null(await _store.TryLeaseAsync("thief", TimeSpan.FromMinutes(1)));
        }

        executor.Release();
        await running.WaitAsync(TestTimeout);
        Assert.Equal(1, (await _store.GetStatusAsync("renew"))!.Done);
        Assert.Equal(1, executor.TotalCalls);
    }

    [Fact]
    public async Task RunAsync_WhileComputingALongShard_KeepsTheHeartbeatFreshThroughRenewals()
    {
        // Liveness probes read LastHeartbeat: a shard longer than the probe's limit must not look like a hung worker.
        await AddScanAsync("beat", 1);
        using var executor = new GatedShardExecutor(TestTimeout);
        WorkerLoopOptions options = Options("beat") with
        {
            LeaseDuration = TimeSpan.FromSeconds(2), RenewInterval = TimeSpan.FromMilliseconds(100),
        };
        var loop = new WorkerLoop(_store, executor, options, Logger());

        Task running = loop.RunAsync(CancellationToken.None);
        Assert.True(await executor.WaitUntilStartedAsync(TestTimeout));
        DateTimeOffset atStart = loop.LastHeartbeat!.Value;
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        DateTimeOffset later = loop.LastHeartbeat!.Value;

        executor.Release();
        await running.WaitAsync(TestTimeout);
        Assert.True(later > atStart, $"heartbeat stayed at {atStart:O} while the shard was computed");
    }

    [Fact]
    public async Task RunAsync_WhenStoreFailsTransiently_RetriesAndCompletes()
    {
        await AddScanAsync("chaos", 3);
        await using var faulty = new FaultyShardStore(_store) { TransientCompleteFailures = 2 };
        var loop = new WorkerLoop(faulty, new FakeShardExecutor(), Options("chaos"), Logger());

        await loop.RunAsync(CancellationToken.None).WaitAsync(TestTimeout);

        Assert.Equal(3, (await _store.GetStatusAsync("chaos"))!.Done);
        Assert.Equal(5, faulty.CompleteCalls);
        Assert.Contains(_sink.Events, e => e.MessageTemplate.Text.Contains("failed transiently", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_WhenStoreFailsPermanently_Throws()
    {
        await AddScanAsync("fatal", 1);
        await using var faulty = new FaultyShardStore(_store) { LeaseFailure = new InvalidDataException("schema is newer") };
        var loop = new WorkerLoop(faulty, new FakeShardExecutor(), Options("fatal", concurrency: 2), Logger());

        await Assert.ThrowsAsync<InvalidDataException>(() => loop.RunAsync(CancellationToken.None).WaitAsync(TestTimeout));
        Assert.False(loop.IsRunning);
    }

    [Fact]
    public async Task RunAsync_LogsEveryShardLineWithTheShardKey()
    {
        await AddScanAsync("logs", 2);
        var executor = new FakeShardExecutor((task, call, _) =>
            call == 1 && task.Key.BlockIndex == 1 ? throw new InvalidOperationException("once") : TestShards.Result(task));
        var loop = new WorkerLoop(_store, executor, Options("logs"), Logger());

        await loop.RunAsync(CancellationToken.None).WaitAsync(TestTimeout);

        LogEvent[] shardEvents = _sink.Events.Where(e => e.MessageTemplate.Text.StartsWith("Shard ", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(shardEvents);
        Assert.All(shardEvents, e => Assert.True(e.Properties.ContainsKey("ShardKey"), e.MessageTemplate.Text));
        Assert.Contains(shardEvents, e => e.Properties["ShardKey"].ToString() == "\"logs/xenonnt/e/1\"");
    }

    [Fact]
    public void Constructor_WhenRenewIntervalIsNotShorterThanLease_Throws()
    {
        WorkerLoopOptions options = Options("x") with { LeaseDuration = TimeSpan.FromSeconds(1), RenewInterval = TimeSpan.FromSeconds(1) };
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkerLoop(_store, new FakeShardExecutor(), options));
    }
}
