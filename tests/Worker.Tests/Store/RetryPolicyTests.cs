using DipolePortal.Worker.Store;
using Microsoft.Data.Sqlite;

namespace DipolePortal.Worker.Tests.Store;

public sealed class RetryPolicyTests
{
    private static readonly RetryPolicy Fast = new()
    {
        MaxRetries = 3, InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(4), Jitter = 0,
    };

    [Fact]
    public void DelayBefore_GrowsExponentiallyAndIsCapped()
    {
        var policy = new RetryPolicy { InitialDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(1), Multiplier = 2 };
        Assert.Equal(TimeSpan.FromMilliseconds(100), policy.DelayBefore(1));
        Assert.Equal(TimeSpan.FromMilliseconds(200), policy.DelayBefore(2));
        Assert.Equal(TimeSpan.FromMilliseconds(800), policy.DelayBefore(4));
        Assert.Equal(TimeSpan.FromSeconds(1), policy.DelayBefore(5));
        Assert.Equal(TimeSpan.FromSeconds(1), policy.DelayBefore(500));
    }

    [Fact]
    public async Task ExecuteAsync_WhenTransientThenSuccess_RetriesAndReturns()
    {
        int calls = 0;
        var retries = new List<int>();
        int value = await Fast.ExecuteAsync(
            _ => ++calls < 3 ? throw new TimeoutException("slow") : Task.FromResult(7),
            (retry, _, _) => retries.Add(retry));

        Assert.Equal(7, value);
        Assert.Equal(3, calls);
        Assert.Equal([1, 2], retries);
    }

    [Fact]
    public async Task ExecuteAsync_WhenPermanent_ThrowsAtOnce()
    {
        int calls = 0;
        await Assert.ThrowsAsync<InvalidDataException>(() => Fast.ExecuteAsync<int>(_ =>
        {
            calls++;
            throw new InvalidDataException("corrupt");
        }));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task ExecuteAsync_WhenAlwaysTransient_GivesUpAfterMaxRetries()
    {
        int calls = 0;
        await Assert.ThrowsAsync<TimeoutException>(() => Fast.ExecuteAsync(_ =>
        {
            calls++;
            throw new TimeoutException("down");
        }));
        Assert.Equal(4, calls);
    }

    [Fact]
    public void IsTransient_SortsCommonFailures()
    {
        Assert.True(StoreErrors.IsTransient(new TimeoutException()));
        Assert.True(StoreErrors.IsTransient(new SqliteException("busy", 5)));
        Assert.True(StoreErrors.IsTransient(new SqliteException("locked", 6)));
        Assert.False(StoreErrors.IsTransient(new SqliteException("constraint", 19)));
        Assert.True(StoreErrors.IsTransient(new InvalidOperationException("wrapped", new System.Net.Sockets.SocketException(111))));
        Assert.False(StoreErrors.IsTransient(new ArgumentException("bad")));
    }
}
