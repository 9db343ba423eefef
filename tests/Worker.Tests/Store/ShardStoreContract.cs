using System.Collections.Concurrent;
using System.Text.Json;
using DipolePortal.Messages;
using DipolePortal.Worker.Store;
using DipolePortal.Worker.Tests.Fakes;

namespace DipolePortal.Worker.Tests.Store;

/// <summary>
/// The one contract every <see cref="IShardStore"/> meets, run against SQLite and a real PostgreSQL. Each test gets a
/// fresh database (file or schema); <see cref="OpenAsync"/> returns null when the store kind is unavailable outside CI.
/// </summary>
public abstract class ShardStoreContract : IAsyncLifetime
{
    private static readonly TimeSpan LongLease = TimeSpan.FromMinutes(10);
    private readonly List<IShardStore> _opened = [];
    private bool _available;

    /// <summary>Prepares a fresh, empty database; false when this store kind cannot run here.</summary>
    protected abstract Task<bool> SetUpAsync();

    /// <summary>A new store instance on the database prepared by <see cref="SetUpAsync"/>.</summary>
    protected abstract IShardStore CreateStore();

    /// <summary>Removes the database.</summary>
    protected abstract Task TearDownAsync();

    public async Task InitializeAsync() => _available = await SetUpAsync();

    public async Task DisposeAsync()
    {
        foreach (IShardStore store in _opened)
        {
            await store.DisposeAsync();
        }

        if (_available)
        {
            await TearDownAsync();
        }
    }

    protected async Task<IShardStore?> OpenAsync()
    {
        if (!_available)
        {
            return null;
        }

        IShardStore store = CreateStore();
        _opened.Add(store);
        await store.EnsureSchemaAsync();
        return store;
    }

    private static async Task<ScanInfo> NewScanAsync(IShardStore store, string name, int shards)
    {
        ScanSpec spec = TestShards.Spec(name);
        ScanRegistration registration = await store.CreateOrGetScanAsync(spec, spec.ComputeHash(), allowNew: false);
        await store.AddShardsAsync(name, TestShards.Tasks(name, shards));
        return registration.Scan;
    }

    [Fact]
    public async Task EnsureSchema_WhenRunConcurrentlyAndRepeatedly_Succeeds()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.EnsureSchemaAsync()));
        await store.EnsureSchemaAsync();
        Assert.Empty(await store.ListScansAsync());
    }

    [Fact]
    public async Task CreateOrGetScan_WhenSameSpecAgain_Resumes()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        ScanSpec spec = TestShards.Spec("resume-me");
        ScanRegistration first = await store.CreateOrGetScanAsync(spec, spec.ComputeHash(), allowNew: false);
        ScanRegistration second = await store.CreateOrGetScanAsync(spec, spec.ComputeHash(), allowNew: false);

        Assert.Equal(ScanRegistrationOutcome.Created, first.Outcome);
        Assert.Equal(ScanRegistrationOutcome.Resumed, second.Outcome);
        Assert.Equal(spec.ComputeHash(), second.Scan.SpecHash);
        Assert.Equal(spec.ToCanonicalJson(), second.Scan.Spec.ToCanonicalJson());
        Assert.Equal(1, second.Scan.Generation);
    }

    [Fact]
    public async Task CreateOrGetScan_WhenHashDiffers_RefusesWithoutNew()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        ScanSpec spec = TestShards.Spec("clash");
        await store.CreateOrGetScanAsync(spec, spec.ComputeHash(), allowNew: false);
        ScanSpec changed = TestShards.Spec("clash", cl: 0.95);

        ScanSpecMismatchException e = await Assert.ThrowsAsync<ScanSpecMismatchException>(
            () => store.CreateOrGetScanAsync(changed, changed.ComputeHash(), allowNew: false));
        Assert.Equal("clash", e.ScanId);
        Assert.Equal(spec.ComputeHash(), e.StoredHash);
        Assert.Contains("--new", e.Message, StringComparison.Ordinal);
        Assert.Equal(spec.ComputeHash(), (await store.GetStatusAsync("clash"))!.SpecHash);
    }

    [Fact]
    public async Task CreateOrGetScan_WithNew_ReplacesShardsAndResultsAndRefusesStaleCompletions()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        await NewScanAsync(store, "renewed", 3);
        ShardLease done = (await store.TryLeaseAsync("w", LongLease))!;
        await store.CompleteAsync(done, TestShards.Result(done.Task));
        ShardLease stale = (await store.TryLeaseAsync("w", LongLease))!;

        ScanSpec changed = TestShards.Spec("renewed", cl: 0.95);
        ScanRegistration replaced = await store.CreateOrGetScanAsync(changed, changed.ComputeHash(), allowNew: true);

        Assert.Equal(ScanRegistrationOutcome.Replaced, replaced.Outcome);
        Assert.Equal(2, replaced.Scan.Generation);
        Assert.Equal(changed.ComputeHash(), replaced.Scan.SpecHash);
        ScanStatus status = (await store.GetStatusAsync("renewed"))!;
        Assert.Equal(0, status.Total);
        Assert.Empty(await store.ReadResultsAsync("renewed", 0));

        await store.AddShardsAsync("renewed", TestShards.Tasks("renewed", 3));
        Assert.Equal(CompletionOutcome.Stale, await store.CompleteAsync(stale, TestShards.Result(stale.Task)));
        Assert.False(await store.ReleaseAsync(stale));
        Assert.Equal(3, (await store.GetStatusAsync("renewed"))!.Pending);
        Assert.Empty(await store.ReadResultsAsync("renewed", 0));
    }

    [Fact]
    public async Task AddShards_WhenRepeated_InsertsEachShardOnce()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        await NewScanAsync(store, "twice", 10);
        ShardLease lease = (await store.TryLeaseAsync("w", LongLease))!;

        Assert.Equal(2, await store.AddShardsAsync("twice", TestShards.Tasks("twice", 12)));
        ScanStatus status = (await store.GetStatusAsync("twice"))!;
        Assert.Equal(12, status.Total);
        Assert.Equal(1, status.Leased);
        Assert.NotNull(await store.RenewLeaseAsync(lease, LongLease));
    }

    [Fact]
    public async Task AddShards_WhenTaskBelongsToAnotherScan_Throws()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        await NewScanAsync(store, "mine", 0);
        await Assert.ThrowsAsync<ArgumentException>(() => store.AddShardsAsync("mine", TestShards.Tasks("theirs", 1)));
    }

    [Fact]
    public async Task TryLease_With8ConcurrentClaimers_LeasesEveryShardExactlyOnce()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        const int shards = 200;
        await NewScanAsync(store, "crowd", shards);
        var leased = new ConcurrentBag<ShardLease>();
        Task[] claimers = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            while (await store.TryLeaseAsync($"claimer-{worker}", LongLease) is { } lease)
            {
                leased.Add(lease);
            }
        })).ToArray();
        await Task.WhenAll(claimers);

        Assert.Equal(shards, leased.Count);
        Assert.Equal(shards, leased.Select(l => l.Key).Distinct().Count());
        Assert.All(leased, l => Assert.Equal(1, l.Attempt));
        Assert.Equal(shards, leased.Select(l => l.LeaseId).Distinct().Count());
        ScanStatus status = (await store.GetStatusAsync("crowd"))!;
        Assert.Equal(shards, status.Leased);
        Assert.Equal(0, status.Pending);
    }

    [Fact]
    public async Task TryLease_WhenLeaseExpired_ReclaimsAndOldHolderLosesRenewFailAndRelease()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        await NewScanAsync(store, "expiry", 1);
        ShardLease first = (await store.TryLeaseAsync("a", TimeSpan.FromSeconds(1)))!;
        Assert.Null(await store.TryLeaseAsync("b", LongLease));

        await Task.Delay(TimeSpan.FromMilliseconds(1500));
        ShardLease second = (await store.TryLeaseAsync("b", LongLease))!;

        Assert.Equal(first.Key, second.Key);
        Assert.Equal(2, second.Attempt);
        Assert.NotEqual(first.LeaseId, second.LeaseId);
        Assert.Null(await store.RenewLeaseAsync(first, LongLease));
        Assert.False(await store.ReleaseAsync(first));
        Assert.Equal(FailOutcome.LeaseLost, await store.FailAsync(first, "late"));
        Assert.NotNull(await store.RenewLeaseAsync(second, LongLease));
        Assert.Equal(1, (await store.GetStatusAsync("expiry"))!.Leased);
    }

    [Fact]
    public async Task RenewLease_WhenRenewedBeforeExpiry_KeepsTheShard()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        await NewScanAsync(store, "renew", 1);
        ShardLease lease = (await store.TryLeaseAsync("a", TimeSpan.FromSeconds(2)))!;
        for (int i = 0; i < 4; i++)
        {
            // Four renewals 0.6 s apart carry the lease past its first 2 s.
            await Task.Delay(TimeSpan.FromMilliseconds(600));
            ShardLease renewed = (await store.RenewLeaseAsync(lease, TimeSpan.FromSeconds(2)))!;
            Assert.True(renewed.ExpiresAt >= lease.ExpiresAt);
            lease = renewed;
        }

        Assert.Null(await store.TryLeaseAsync("b", LongLease));
    }

    [Fact]
    public async Task Fail_AfterMaxAttempts_MarksShardFailedWithItsError()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        await NewScanAsync(store, "flaky", 1);
        for (int attempt = 1; attempt <= 3; attempt++)
        {
            ShardLease lease = (await store.TryLeaseAsync("w", LongLease, maxAttempts: 3))!;
            Assert.Equal(attempt, lease.Attempt);
            FailOutcome outcome = await store.FailAsync(lease, $"boom {attempt}", maxAttempts: 3);
            Assert.Equal(attempt < 3 ? FailOutcome.Retrying : FailOutcome.Failed, outcome);
        }

        Assert.Null(await store.TryLeaseAsync("w", LongLease));
        ScanStatus status = (await store.GetStatusAsync("flaky"))!;
        Assert.Equal(1, status.Failed);
        ShardFailure failure = Assert.Single(status.Failures);
        Assert.Equal(3, failure.Attempts);
        Assert.Equal("boom 3", failure.Error);
        Assert.Equal(new ShardKey("flaky", "xenonnt", "e", 0), failure.Key);
    }

    [Fact]
    public async Task TryLease_WhenExpiredLeaseUsedLastAttempt_MarksShardFailed()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        await NewScanAsync(store, "lost", 1);
        Assert.NotNull(await store.TryLeaseAsync("dies", TimeSpan.FromMilliseconds(200), maxAttempts: 1));
        await Task.Delay(TimeSpan.FromMilliseconds(600));

        Assert.Null(await store.TryLeaseAsync("w", LongLease, maxAttempts: 1));
        ShardFailure failure = Assert.Single((await store.GetStatusAsync("lost"))!.Failures);
        Assert.Contains("lease expired", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_GivesTheShardBackWithoutCountingTheAttempt()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        await NewScanAsync(store, "graceful", 1);
        ShardLease lease = (await store.TryLeaseAsync("w", LongLease))!;

        Assert.True(await store.ReleaseAsync(lease));
        Assert.False(await store.ReleaseAsync(lease));
        ShardLease again = (await store.TryLeaseAsync("v", LongLease))!;
        Assert.Equal(1, again.Attempt);
        Assert.Equal(lease.Key, again.Key);
    }

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
