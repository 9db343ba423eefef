using DipolePortal.Messages;
using DipolePortal.Worker.Store;
using DipolePortal.Worker.Tests.Fakes;

namespace DipolePortal.Worker.Tests.Store;

/// <summary>
/// The one contract every <see cref="IShardStore"/> meets, run against SQLite and a real PostgreSQL. Each test gets a
/// fresh database (file or schema); <see cref="OpenAsync"/> returns null when the store kind is unavailable outside CI.
/// </summary>
public abstract partial class ShardStoreContract : IAsyncLifetime
{
    protected static readonly TimeSpan LongLease = TimeSpan.FromMinutes(10);
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

    protected static async Task<ScanInfo> NewScanAsync(IShardStore store, string name, int shards)
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
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AddShardsAsync("unknown", TestShards.Tasks("unknown", 1)));
    }
}
