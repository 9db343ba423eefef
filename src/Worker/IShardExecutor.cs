using DipolePortal.Messages;

namespace DipolePortal.Worker;

/// <summary>Computes one shard. Implementations are pure: the result depends only on the task.</summary>
public interface IShardExecutor
{
    /// <summary>Computes the χ² profile of every m4 point of <paramref name="task"/>.</summary>
    /// <param name="task">The shard.</param>
    /// <param name="ct">Cancelled when the worker stops and its grace period is over; throw OperationCanceledException.</param>
    /// <returns>The result, keyed by <c>task.Key</c>.</returns>
    public ShardResult Execute(ShardTask task, CancellationToken ct);
}
