namespace DipolePortal.Worker.Store;

/// <summary>Retries transient store failures with capped exponential backoff.</summary>
/// <remarks>Delay before retry k (from 1) is InitialDelay·Multiplier^(k−1), capped at MaxDelay, ±Jitter of itself.</remarks>
public sealed record RetryPolicy
{
    /// <summary>Five retries from 100 ms up to 5 s.</summary>
    public static RetryPolicy Default { get; } = new();

    /// <summary>Retries after the first failure (0 = no retry).</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>Delay before the first retry.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Upper bound of any delay.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Growth factor per retry.</summary>
    public double Multiplier { get; init; } = 2.0;

    /// <summary>Relative random spread of each delay, in [0, 1), so that many workers do not retry in step.</summary>
    public double Jitter { get; init; } = 0.2;

    /// <summary>Which failures are retried; <see cref="StoreErrors.IsTransient"/> by default.</summary>
    public Func<Exception, bool> IsTransient { get; init; } = StoreErrors.IsTransient;

    /// <summary>The nominal delay before retry <paramref name="retry"/> (from 1), without jitter.</summary>
    public TimeSpan DelayBefore(int retry)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        double ticks = InitialDelay.Ticks * Math.Pow(Multiplier, retry - 1);
        return ticks >= MaxDelay.Ticks || double.IsNaN(ticks) ? MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Runs <paramref name="operation"/>, retrying transient failures.</summary>
    /// <param name="operation">The store call.</param>
    /// <param name="onRetry">Told of each transient failure before its delay (retry number, delay, error).</param>
    /// <param name="ct">Cancels waiting between attempts.</param>
    public async Task<T> ExecuteAsync<T>(
        Func<CancellationToken, Task<T>> operation, Action<int, TimeSpan, Exception>? onRetry = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        for (int retry = 1; ; retry++)
        {
            try
            {
                return await operation(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (retry <= MaxRetries && !ct.IsCancellationRequested && IsTransient(e))
            {
                TimeSpan delay = DelayBefore(retry);
                if (Jitter > 0)
                {
                    delay *= 1 + (Jitter * ((2 * Random.Shared.NextDouble()) - 1));
                }

                onRetry?.Invoke(retry, delay, e);
                await Task.Delay(delay, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Runs <paramref name="operation"/>, retrying transient failures.</summary>
    public Task ExecuteAsync(
        Func<CancellationToken, Task> operation, Action<int, TimeSpan, Exception>? onRetry = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return ExecuteAsync<bool>(
            async token =>
            {
                await operation(token).ConfigureAwait(false);
                return true;
            },
            onRetry,
            ct);
    }
}
