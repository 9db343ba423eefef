using DipolePortal.Messages;

namespace DipolePortal.Worker.Tests.Fakes;

/// <summary>Specs, tasks and results for store and worker tests.</summary>
internal static class TestShards
{
    public static ScanSpec Spec(string name, double cl = 0.9) => new()
    {
        Name = name,
        Experiments = [["xenonnt"]],
        Flavors = ["e"],
        M4MeV = new GridSpec { Min = 0.01, Max = 1.0, Points = 8, Spacing = "log" },
        MuMuB = new GridSpec { Min = 1e-12, Max = 1e-8, Points = 5, Spacing = "log" },
        Cl = cl,
        ShardM4Points = 1,
    };

    public static ShardTask Task(string scanId, int block, string flavor = "e") => new()
    {
        Key = new ShardKey(scanId, "xenonnt", flavor, block),
        Experiments = ["xenonnt"],
        M4MeV = [0.01 * (block + 1)],
        MuMuB = [1e-12, 1e-11, 1e-10],
        Cl = 0.9,
        Binding = "free",
    };

    public static IReadOnlyList<ShardTask> Tasks(string scanId, int count) =>
        Enumerable.Range(0, count).Select(i => Task(scanId, i)).ToList();

    /// <summary>A deterministic result; <paramref name="salt"/> changes the payload, not the key.</summary>
    public static ShardResult Result(ShardTask task, double salt = 0) => new()
    {
        Key = task.Key,
        Points = task.M4MeV.Select(m4 => new M4PointResult
        {
            M4MeV = m4,
            Chi2 = task.MuMuB.Select(mu => (mu * 1e10) + m4 + salt).ToList(),
            MuBestfitMuB = 0,
            Chi2Min = m4 + salt,
            MuLimitMuB = 3.3e-11 + salt,
            Chi2AtZero = m4 + salt,
        }).ToList(),
    };
}
