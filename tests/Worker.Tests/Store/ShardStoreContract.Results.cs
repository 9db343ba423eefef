using System.Text.Json;
using DipolePortal.Messages;
using DipolePortal.Worker.Store;
using DipolePortal.Worker.Tests.Fakes;

namespace DipolePortal.Worker.Tests.Store;

/// <summary>Results: idempotent completion, resume, streaming, and worker loops sharing the store.</summary>
public abstract partial class ShardStoreContract
{
    [Fact]
    public async Task Complete_WhenWrittenTwiceWithDifferentPayload_ChangesNothing()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        await NewScanAsync(store, "idem", 1);
        ShardLease lease = (await store.TryLeaseAsync("w", LongLease))!;
        ShardResult original = TestShards.Result(lease.Task);
        ShardResult other = TestShards.Result(lease.Task, salt: 42);

        Assert.Equal(CompletionOutcome.Stored, await store.CompleteAsync(lease, original));
        Assert.Equal(CompletionOutcome.AlreadyDone, await store.CompleteAsync(lease, other));
        Assert.Equal(CompletionOutcome.AlreadyDone, await store.CompleteAsync(lease, original));

        StoredShardResult stored = Assert.Single(await store.ReadResultsAsync("idem", 0));
        Assert.Equal(1, stored.Sequence);
        Assert.Equal(
            JsonSerializer.Serialize(original, MessagesJsonContext.Default.ShardResult),
            JsonSerializer.Serialize(stored.Result, MessagesJsonContext.Default.ShardResult));
        ScanStatus status = (await store.GetStatusAsync("idem"))!;
        Assert.Equal(1, status.Done);
        Assert.Null(await store.TryLeaseAsync("w", LongLease));
    }

    [Fact]
    public async Task Complete_WhenLeaseExpiredAndReclaimed_AcceptsTheFirstResultOnly()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        await NewScanAsync(store, "late", 1);
        ShardLease slow = (await store.TryLeaseAsync("slow", TimeSpan.FromMilliseconds(200)))!;
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        ShardLease fast = (await store.TryLeaseAsync("fast", LongLease))!;

        Assert.Equal(CompletionOutcome.Stored, await store.CompleteAsync(slow, TestShards.Result(slow.Task)));
        Assert.Equal(CompletionOutcome.AlreadyDone, await store.CompleteAsync(fast, TestShards.Result(fast.Task, salt: 1)));
        Assert.Equal(1, (await store.GetStatusAsync("late"))!.Done);
    }

    [Fact]
    public async Task Complete_WhenResultKeyDiffersFromLease_Throws()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        await NewScanAsync(store, "mismatch", 2);
        ShardLease lease = (await store.TryLeaseAsync("w", LongLease))!;
        ShardResult wrong = TestShards.Result(TestShards.Task("mismatch", 1));
        await Assert.ThrowsAsync<ArgumentException>(() => store.CompleteAsync(lease, wrong));
    }

    [Fact]
    public async Task ReopenedStore_ResumesWithDoneShardsDoneAndPendingClaimable()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        await NewScanAsync(store, "restart", 4);
        for (int i = 0; i < 2; i++)
        {
            ShardLease lease = (await store.TryLeaseAsync("w", LongLease))!;
            await store.CompleteAsync(lease, TestShards.Result(lease.Task));
        }

        await store.DisposeAsync();
        IShardStore reopened = (await OpenAsync())!;
        ScanSpec spec = TestShards.Spec("restart");
        ScanRegistration registration = await reopened.CreateOrGetScanAsync(spec, spec.ComputeHash(), allowNew: false);
        Assert.Equal(0, await reopened.AddShardsAsync("restart", TestShards.Tasks("restart", 4)));

        Assert.Equal(ScanRegistrationOutcome.Resumed, registration.Outcome);
        ScanStatus status = (await reopened.GetStatusAsync("restart"))!;
        Assert.Equal(2, status.Done);
        Assert.Equal(2, status.Pending);
        var remaining = new List<int>();
        while (await reopened.TryLeaseAsync("w2", LongLease) is { } lease)
        {
            remaining.Add(lease.Key.BlockIndex);
        }

        Assert.Equal([2, 3], remaining.Order());
        Assert.Equal(2, (await reopened.ReadResultsAsync("restart", 0)).Count);
    }

    [Fact]
    public async Task ReadResults_SinceSequence_StreamsOnlyNewerResultsInOrder()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        await NewScanAsync(store, "stream", 5);
        await NewScanAsync(store, "other", 2);
        long last = 0;
        var seen = new List<StoredShardResult>();
        for (int i = 0; i < 5; i++)
        {
            ShardLease lease = (await store.TryLeaseAsync("w", LongLease, scanId: "stream"))!;
            await store.CompleteAsync(lease, TestShards.Result(lease.Task));
            IReadOnlyList<StoredShardResult> batch = await store.ReadResultsAsync("stream", last);
            seen.AddRange(batch);
            last = batch[^1].Sequence;
        }

        Assert.Equal([1L, 2L, 3L, 4L, 5L], seen.Select(r => r.Sequence));
        Assert.Equal(5, seen.Select(r => r.Result.Key).Distinct().Count());
        Assert.Empty(await store.ReadResultsAsync("stream", last));
        Assert.Equal(2, (await store.ReadResultsAsync("stream", 1, limit: 2)).Count);
        Assert.Equal(3, (await store.ReadResultsAsync("stream", 1, limit: 2))[^1].Sequence);
        Assert.Empty(await store.ReadResultsAsync("other", 0));
        Assert.Equal(2, (await store.GetStatusAsync("other"))!.Pending);
    }

    [Fact]
    public async Task Complete_WhenConcurrent_GivesDistinctContiguousSequences()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        const int shards = 40;
        await NewScanAsync(store, "parallel", shards);
        var leases = new List<ShardLease>();
        while (await store.TryLeaseAsync("w", LongLease) is { } lease)
        {
            leases.Add(lease);
        }

        await Parallel.ForEachAsync(leases, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (lease, ct) => Assert.Equal(CompletionOutcome.Stored, await store.CompleteAsync(lease, TestShards.Result(lease.Task), ct)));

        IReadOnlyList<StoredShardResult> results = await store.ReadResultsAsync("parallel", 0);
        Assert.Equal(Enumerable.Range(1, shards).Select(i => (long)i), results.Select(r => r.Sequence));
        Assert.Equal(shards, (await store.GetStatusAsync("parallel"))!.Done);
    }

    [Fact]
    public async Task GetStatusAndListScans_ReportEveryScan()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        await NewScanAsync(store, "b-scan", 2);
        await NewScanAsync(store, "a-scan", 3);

        Assert.Null(await store.GetStatusAsync("missing"));
        Assert.Equal(["a-scan", "b-scan"], (await store.ListScansAsync()).Select(s => s.ScanId));
        ScanStatus status = (await store.GetStatusAsync("a-scan"))!;
        Assert.Equal(3, status.Total);
        Assert.Equal(3, status.Pending);
        Assert.False(status.IsSettled);
    }

    [Fact]
    public async Task TryLease_WithScanFilter_ClaimsOnlyThatScan()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        await NewScanAsync(store, "first", 2);
        await NewScanAsync(store, "second", 2);

        ShardLease lease = (await store.TryLeaseAsync("w", LongLease, scanId: "second"))!;
        Assert.Equal("second", lease.Key.ScanId);
        Assert.Equal("second", (await store.TryLeaseAsync("w", LongLease, scanId: "second"))!.Key.ScanId);
        Assert.Null(await store.TryLeaseAsync("w", LongLease, scanId: "second"));
        Assert.Equal("first", (await store.TryLeaseAsync("w", LongLease))!.Key.ScanId);
    }

    [Fact]
    public async Task WorkerLoops_SharingTheStore_ComputeEachShardOnceWithResultsIdenticalToOneWorker()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        const int shards = 30;
        await NewScanAsync(store, "one-worker", shards);
        await NewScanAsync(store, "many-workers", shards);
        var single = new FakeShardExecutor();
        var shared = new FakeShardExecutor();
        WorkerLoopOptions Options(string scan, string id, int concurrency) => new()
        {
            WorkerId = id,
            Concurrency = concurrency,
            ScanId = scan,
            StopWhenIdle = true,
            IdlePollInterval = TimeSpan.FromMilliseconds(10),
            MaxIdlePollInterval = TimeSpan.FromMilliseconds(50),
        };

        await new WorkerLoop(store, single, Options("one-worker", "solo", 1)).RunAsync(CancellationToken.None);
        IShardStore second = (await OpenAsync())!;
        await Task.WhenAll(
            new WorkerLoop(store, shared, Options("many-workers", "node-a", 3)).RunAsync(CancellationToken.None),
            new WorkerLoop(second, shared, Options("many-workers", "node-b", 3)).RunAsync(CancellationToken.None));

        Assert.Equal(shards, shared.TotalCalls);
        Assert.Equal(shards, (await store.GetStatusAsync("many-workers"))!.Done);
        Assert.Equal(await ResultBodiesAsync(store, "one-worker"), await ResultBodiesAsync(store, "many-workers"));
    }

    /// <summary>Each result's JSON without its scan id, ordered by shard, to compare scans computed differently.</summary>
    private static async Task<List<string>> ResultBodiesAsync(IShardStore store, string scanId) =>
        (await store.ReadResultsAsync(scanId, 0))
            .Select(r => r.Result with { Key = new ShardKey("x", r.Result.Key.ExperimentSet, r.Result.Key.Flavor, r.Result.Key.BlockIndex) })
            .OrderBy(r => r.Key.BlockIndex)
            .Select(r => JsonSerializer.Serialize(r, MessagesJsonContext.Default.ShardResult))
            .ToList();
}
