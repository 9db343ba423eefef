using DipolePortal.Messages;
using DipolePortal.Worker.Store;

namespace DipolePortal.Integration.Tests.Infrastructure;

/// <summary>
/// A scan small enough for a test and real enough to exercise the physics: xenonnt, flavor e, 120 m4 points log-spaced
/// over 0.001–0.5 MeV, 5000 μ points, 30 m4 points per shard (4 shards). A shard lasts about a second on one core
/// (measured: 2.4 s for 60 points), so a lease seen by a 25 ms poll is still held when a test signals or kills its worker.
/// </summary>
internal static class TinyScan
{
    public static ScanSpec Spec(string name) => new()
    {
        Name = name,
        Experiments = [["xenonnt"]],
        Flavors = ["e"],
        M4MeV = new GridSpec { Min = 0.001, Max = 0.5, Points = 120, Spacing = GridSpec.Logarithmic },
        MuMuB = new GridSpec { Min = 1e-12, Max = 1e-9, Points = 5000, Spacing = GridSpec.Logarithmic },
        Cl = 0.9,
        ShardM4Points = 30,
    };

    /// <summary>The shards of <paramref name="spec"/>, planned by hand (contiguous m4 blocks, the whole μ grid each).</summary>
    public static IReadOnlyList<ShardTask> Tasks(ScanSpec spec)
    {
        double[] m4 = spec.M4MeV.Values();
        double[] mu = spec.MuMuB.Values();
        return m4.Chunk(spec.ShardM4Points)
            .Select((block, index) => new ShardTask
            {
                Key = new ShardKey(spec.Name, "xenonnt", "e", index),
                Experiments = ["xenonnt"],
                M4MeV = block,
                MuMuB = mu,
                Cl = spec.Cl,
                Binding = spec.Binding,
            })
            .ToList();
    }

    /// <summary>Registers the scan and adds its shards.</summary>
    public static async Task<IReadOnlyList<ShardTask>> PlanAsync(IShardStore store, ScanSpec spec)
    {
        await store.CreateOrGetScanAsync(spec, spec.ComputeHash(), allowNew: false);
        IReadOnlyList<ShardTask> tasks = Tasks(spec);
        await store.AddShardsAsync(spec.Name, tasks);
        return tasks;
    }

    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}";
}
