using DipolePortal.Coordinator.Tests.Contract;

namespace DipolePortal.Coordinator.Tests.Plots;

/// <summary>One tiny scan, run once in process on SQLite, whose results folder the plot tests read.</summary>
public sealed class ScanResultsFixture : IDisposable
{
    public const string ScanName = "plot-scan";

    public const string Spec = """
        name: plot-scan
        experiments: [xenonnt]
        flavors: [e, universal]
        m4_MeV: {min: 0.01, max: 0.5, points: 4, spacing: log}
        mu_muB: {min: 1.0e-12, max: 1.0e-8, points: 24, spacing: log}
        cl: 0.9
        shard_m4_points: 2
        """;

    public ScanResultsFixture()
    {
        Folder = Directory.CreateTempSubdirectory("dipole-plot-").FullName;
        SpecPath = Path.Combine(Folder, "plot-scan.yaml");
        File.WriteAllText(SpecPath, Spec);
        var (exit, _, stderr) = ContractCli.Run("scan", SpecPath, "--store", Store, "--workers", "2", "--out", Path.Combine(Folder, "out"));
        Assert.True(exit == 0, stderr);
    }

    public string Folder { get; }

    public string SpecPath { get; }

    public string Store => $"sqlite:{Path.Combine(Folder, "scan.db")}";

    public string Results => Path.Combine(Folder, "out", ScanName);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
