using System.Text.Json;
using DipolePortal.Messages;
using DipolePortal.Worker.Store;

namespace DipolePortal.Coordinator.Tests.Commands;

/// <summary>The CLI contract of <c>dipole status</c> on a SQLite store built by the test.</summary>
public sealed class StatusCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dipole-status-" + Guid.NewGuid().ToString("N"));

    public StatusCommandTests() => Directory.CreateDirectory(_folder);

    private string Store => "sqlite:" + Path.Combine(_folder, "dipole.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Run_WhenStoreUriIsMalformed_ExitsTwoWithOneLine() =>
        CliRun.Invoke("status", "any", "--store", "redis://localhost").AssertBadInput();

    [Fact]
    public async Task Run_WhenScanIsUnknown_ExitsTwoListingKnownScans()
    {
        await using (IShardStore store = await OpenAsync())
        {
            await AddScanAsync(store, "known-one", shards: 1);
        }

        CliRun run = CliRun.Invoke("status", "not-there", "--store", Store).AssertBadInput();

        Assert.Contains("'not-there'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("known scans: known-one", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public async Task Run_WhenStoreIsEmpty_SaysSo()
    {
        await (await OpenAsync()).DisposeAsync();

        Assert.Contains("holds no scan", CliRun.Invoke("status", "x", "--store", Store).AssertBadInput().Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WhenSqliteFileIsMissing_ExitsTwoAndCreatesNothing()
    {
        CliRun run = CliRun.Invoke("status", "x", "--store", Store).AssertBadInput();

        Assert.Contains("there is no store at", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "dipole.db")));
    }

    [Fact]
    public async Task Run_WithJson_ReportsCountsFailuresAndLimitsSoFar()
    {
        await using (IShardStore store = await OpenAsync())
        {
            await AddScanAsync(store, "progress", shards: 4);
            await CompleteNextAsync(store, limits: [3e-11, 2e-11]);
            await CompleteNextAsync(store, limits: [double.PositiveInfinity, 5e-11]);
            ShardLease failing = (await store.TryLeaseAsync("test", TimeSpan.FromMinutes(1)))!;
            await store.FailAsync(failing, "InvalidOperationException: boom", maxAttempts: 1);
            _ = await store.TryLeaseAsync("test", TimeSpan.FromMinutes(1));
        }

        CliRun run = CliRun.Invoke("status", "progress", "--store", Store, "--json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Stdout);
        JsonElement root = json.RootElement;
        Assert.Equal("progress", root.GetProperty("scan_id").GetString());
        Assert.Equal(64, root.GetProperty("spec_hash").GetString()!.Length);
        Assert.Equal((4, 0, 1, 2, 1), (root.GetProperty("total").GetInt32(), root.GetProperty("pending").GetInt32(),
            root.GetProperty("leased").GetInt32(), root.GetProperty("done").GetInt32(), root.GetProperty("failed").GetInt32()));
        Assert.Equal(50.0, root.GetProperty("percent_done").GetDouble());
        JsonElement failure = Assert.Single(root.GetProperty("failures").EnumerateArray());
        Assert.Equal("InvalidOperationException: boom", failure.GetProperty("error").GetString());
        JsonElement limits = Assert.Single(root.GetProperty("limits_so_far").EnumerateArray());
        Assert.Equal("xenonnt", limits.GetProperty("experiment_set").GetString());
        Assert.Equal(4, limits.GetProperty("m4_points_done").GetInt32());
        Assert.Equal(8, limits.GetProperty("m4_points_total").GetInt32());
        Assert.Equal(2e-11, limits.GetProperty("strongest_mu_limit_muB").GetDouble());
        Assert.Equal(5e-11, limits.GetProperty("weakest_mu_limit_muB").GetDouble());
    }

    [Fact]
    public async Task Run_AsText_ShowsPercentAndLimits()
    {
        await using (IShardStore store = await OpenAsync())
        {
            await AddScanAsync(store, "text", shards: 2);
            await CompleteNextAsync(store, limits: [4e-11, 2e-11]);
        }

        CliRun run = CliRun.Invoke("status", "text", "--store", Store);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 of 2 shards done (50.0%)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("pending 1, leased 0, done 1, failed 0", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("2E-11", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("2/8", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_MentionsEveryFlag()
    {
        CliRun run = CliRun.Invoke("status", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (string flag in new[] { "SCAN", "--store", "--json", "DIPOLE_STORE", "PGPASSWORD" })
        {
            Assert.Contains(flag, run.Stdout, StringComparison.Ordinal);
        }
    }

    private async Task<IShardStore> OpenAsync()
    {
        IShardStore store = ShardStoreFactory.Open(Store);
        await store.EnsureSchemaAsync();
        return store;
    }

    private static async Task AddScanAsync(IShardStore store, string name, int shards)
    {
        var spec = new ScanSpec
        {
            Name = name,
            Experiments = [["xenonnt"]],
            Flavors = ["e"],
            M4MeV = new GridSpec { Min = 0.001, Max = 0.5, Points = 8, Spacing = "log" },
            MuMuB = new GridSpec { Min = 1e-12, Max = 1e-9, Points = 3, Spacing = "log" },
            Cl = 0.9,
            ShardM4Points = 2,
        };
        await store.CreateOrGetScanAsync(spec, spec.ComputeHash(), allowNew: false);
        double[] m4 = spec.M4MeV.Values();
        await store.AddShardsAsync(name, [.. Enumerable.Range(0, shards).Select(i => new ShardTask
        {
            Key = new ShardKey(name, "xenonnt", "e", i),
            Experiments = ["xenonnt"],
            M4MeV = m4[(2 * i)..((2 * i) + 2)],
            MuMuB = spec.MuMuB.Values(),
            Cl = 0.9,
            Binding = "free",
        })]);
    }

    /// <summary>Leases the next shard and stores a result with the given μ limits, one per m4 point.</summary>
    private static async Task CompleteNextAsync(IShardStore store, double[] limits)
    {
        ShardLease lease = (await store.TryLeaseAsync("test", TimeSpan.FromMinutes(1)))!;
        var result = new ShardResult
        {
            Key = lease.Key,
            Points = [.. lease.Task.M4MeV.Select((m4, i) => new M4PointResult
            {
                M4MeV = m4, Chi2 = [1, 2, 3], MuBestfitMuB = 0, Chi2Min = 1, MuLimitMuB = limits[i], Chi2AtZero = 1,
            })],
        };
        await store.CompleteAsync(lease, result);
    }
}
