using DipolePortal.Coordinator.Health;
using DipolePortal.Messages;
using DipolePortal.Worker;
using DipolePortal.Worker.Store;

namespace DipolePortal.Coordinator.Tests.Health;

/// <summary>Liveness and readiness decisions, on a hand-driven clock.</summary>
public sealed class WorkerHealthTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dipole-health-" + Guid.NewGuid().ToString("N"));
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
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

    [Fact]
    public void StaleAfter_IsThreeTimesTheLongerOfIdlePollAndRenewal()
    {
        Assert.Equal(TimeSpan.FromSeconds(60), WorkerHealth.StaleAfter(new WorkerLoopOptions { LeaseDuration = TimeSpan.FromSeconds(60) }));
        Assert.Equal(TimeSpan.FromSeconds(15), WorkerHealth.StaleAfter(new WorkerLoopOptions { LeaseDuration = TimeSpan.FromSeconds(3) }));
    }

    [Fact]
    public void Liveness_WhenLoopIsNotRunning_IsUnhealthy()
    {
        var health = new WorkerHealth(Loop(), TimeSpan.FromSeconds(10), _clock.GetUtcNow(), _clock);

        Assert.False(health.Liveness().Healthy);
    }

    [Fact]
    public void Readiness_AfterOpeningTheStore_IsReadyUntilTheLimitPasses()
    {
        var health = new WorkerHealth(Loop(), TimeSpan.FromSeconds(10), _clock.GetUtcNow(), _clock);

        Assert.Equal(HealthReport.Ok, health.Readiness());
        _clock.Advance(TimeSpan.FromSeconds(11));
        HealthReport stale = health.Readiness();
        Assert.False(stale.Healthy);
        Assert.Contains("11 s", stale.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Liveness_WhileLoopRuns_IsHealthy()
    {
        WorkerLoop loop = Loop();
        var health = new WorkerHealth(loop, TimeSpan.FromSeconds(10), _clock.GetUtcNow(), _clock);
        using var stop = new CancellationTokenSource();
        Task running = loop.RunAsync(stop.Token);
        await WaitUntilAsync(() => loop.LastHeartbeat is not null);

        Assert.True(health.Liveness().Healthy);
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(health.Liveness().Healthy);
    }

    private WorkerLoop Loop() => new(_store, new NeverExecutor(), new WorkerLoopOptions { WorkerId = "health-test" }, clock: _clock);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 30 s");
            await Task.Delay(10);
        }
    }

    private sealed class NeverExecutor : IShardExecutor
    {
        public ShardResult Execute(ShardTask task, CancellationToken ct) => throw new InvalidOperationException("no shard expected");
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
