namespace DipolePortal.Integration.Tests.Faults;

/// <summary>
/// Samples a scan's done count in the background for the whole of a test, so that it can assert the count never went
/// down (a restarted coordinator must never undo or redo what was finished).
/// </summary>
internal sealed class DoneCountWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<int> _samples = [];
    private readonly Task _sampling;

    public DoneCountWatch(Func<Task<StoreTables>> open, string scanId)
    {
        _sampling = Task.Run(async () =>
        {
            await using StoreTables tables = await open();
            while (!_stop.IsCancellationRequested)
            {
                int done = ShardPolls.Done(await tables.ShardsAsync(scanId));
                lock (_samples)
                {
                    _samples.Add(done);
                }

                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(20), _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
    }

    /// <summary>Stops sampling and returns the samples in order.</summary>
    public async Task<IReadOnlyList<int>> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        lock (_samples)
        {
            return [.. _samples];
        }
    }

    /// <summary>Fails if the done count ever decreased; returns the number of samples.</summary>
    public static int AssertNeverDecreased(IReadOnlyList<int> samples, string because)
    {
        for (int i = 1; i < samples.Count; i++)
        {
            Assert.True(samples[i] >= samples[i - 1],
                $"{because}: the done count went down from {samples[i - 1]} to {samples[i]} (sample {i} of {samples.Count})");
        }

        return samples.Count;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }

        try
        {
            await _sampling;
        }
        catch (Exception)
        {
            // Already reported through StopAsync, or the test failed for another reason.
        }

        _stop.Dispose();
    }
}
