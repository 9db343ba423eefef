using DipolePortal.Messages;

namespace DipolePortal.Worker.Tests.Fakes;

/// <summary>
/// An executor whose shards start, say so, and then wait to be released: for tests of what a worker does while a shard
/// is being computed (lease renewal, heartbeats, stopping with a shard in progress).
/// </summary>
internal sealed class GatedShardExecutor : IShardExecutor, IDisposable
{
    private readonly SemaphoreSlim _started = new(0);
    private readonly ManualResetEventSlim _release = new();
    private readonly FakeShardExecutor _inner;

    /// <param name="releaseTimeout">How long a shard waits for <see cref="Release"/> at most.</param>
    public GatedShardExecutor(TimeSpan releaseTimeout)
    {
        _inner = new FakeShardExecutor((task, _, _) =>
        {
            _started.Release();
            _release.Wait(releaseTimeout);
            return TestShards.Result(task);
        });
    }

    public int TotalCalls => _inner.TotalCalls;

    /// <summary>True once a shard has started within <paramref name="timeout"/>.</summary>
    public Task<bool> WaitUntilStartedAsync(TimeSpan timeout) => _started.WaitAsync(timeout);

    /// <summary>Lets every waiting and future shard finish.</summary>
    public void Release() => _release.Set();

    public ShardResult Execute(ShardTask task, CancellationToken ct) => _inner.Execute(task, ct);

    public void Dispose()
    {
        _started.Dispose();
        _release.Dispose();
    }
}
