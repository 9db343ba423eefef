using System.Collections.Concurrent;
using DipolePortal.Messages;
using DipolePortal.Worker.Store;
using DipolePortal.Worker.Tests.Fakes;

namespace DipolePortal.Worker.Tests.Store;

/// <summary>The lease protocol: claim, renew, expire, fail, release.</summary>
public abstract partial class ShardStoreContract
{
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
    public async Task TryLease_NearAShard_TakesTheOtherSetsOfItsFlavorAndBlockFirst()
    {
        IShardStore? store = await OpenAsync();
        if (store is null)
        {
            return;
        }

        // Plan order as ShardPlanner writes it: set-major, then flavor, then block.
        ScanSpec spec = TestShards.Spec("near");
        await store.CreateOrGetScanAsync(spec, spec.ComputeHash(), allowNew: false);
        ShardTask Shard(string set, string flavor, int block) =>
            TestShards.Task("near", block, flavor) with { Key = new ShardKey("near", set, flavor, block) };
        await store.AddShardsAsync("near",
        [
            Shard("xenonnt", "e", 0), Shard("xenonnt", "e", 1), Shard("xenonnt", "mu", 0),
            Shard("pandax4t-run1", "e", 0), Shard("pandax4t-run1", "e", 1), Shard("pandax4t-run1", "mu", 0),
            Shard("xenonnt+pandax4t-run1", "e", 0), Shard("xenonnt+pandax4t-run1", "e", 1),
        ]);

        async Task<ShardKey> Lease(ShardKey? near) => (await store.TryLeaseAsync("w", LongLease, scanId: "near", near: near))!.Key;

        ShardKey first = await Lease(null);
        Assert.Equal(new ShardKey("near", "xenonnt", "e", 0), first);
        ShardKey second = await Lease(first);
        Assert.Equal(new ShardKey("near", "pandax4t-run1", "e", 0), second); // not xenonnt/e/1, next in plan order
        ShardKey third = await Lease(second);
        Assert.Equal(new ShardKey("near", "xenonnt+pandax4t-run1", "e", 0), third); // not pandax4t-run1/mu/0: another flavor
        Assert.Equal(new ShardKey("near", "xenonnt", "e", 1), await Lease(third)); // block 0 of e is all leased: plan order
        Assert.Equal(new ShardKey("near", "xenonnt", "mu", 0), await Lease(new ShardKey("elsewhere", "pandax4t-run1", "e", 1))); // another scan's key: plan order
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
}
