using System.Collections.Concurrent;
using DipolePortal.Messages;

namespace DipolePortal.Worker.Tests.Fakes;

/// <summary>An executor whose behaviour per call is scripted by the test.</summary>
internal sealed class FakeShardExecutor : IShardExecutor
{
    private readonly Func<ShardTask, int, CancellationToken, ShardResult> _behaviour;
    private readonly ConcurrentDictionary<ShardKey, int> _calls = new();

    /// <param name="behaviour">Given the task, the call number for that shard (from 1) and the token.</param>
    public FakeShardExecutor(Func<ShardTask, int, CancellationToken, ShardResult>? behaviour = null)
    {
        _behaviour = behaviour ?? ((task, _, _) => TestShards.Result(task));
    }

    public int TotalCalls => _calls.Values.Sum();

    public int CallsFor(ShardKey key) => _calls.TryGetValue(key, out int n) ? n : 0;

    public ShardResult Execute(ShardTask task, CancellationToken ct)
    {
        int call = _calls.AddOrUpdate(task.Key, 1, (_, n) => n + 1);
        return _behaviour(task, call, ct);
    }
}
