namespace DipolePortal.Coordinator.Tests.Contract;

/// <summary>
/// `dipole scan` in process on SQLite: the files DESIGN.md promises, byte-identical for 1 and 2 workers, and a rerun
/// that resumes instead of recomputing; a changed spec under the same name is refused unless --new.
/// </summary>
public class ScanEndToEndTests : IDisposable
{
    private const string Spec = """
        name: contract-scan
        experiments: [xenonnt, [xenonnt, pandax4t-run1]]
        flavors: [e, universal]
        m4_MeV: {min: 0.01, max: 0.3, points: 3, spacing: log}
        mu_muB: {min: 1.0e-12, max: 1.0e-9, points: 16, spacing: log}
        cl: 0.9
        shard_m4_points: 2
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("dipole-scan-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private (int, string, string) Scan(string spec, string store, int workers, string outName, params string[] extra) =>
        ContractCli.Run(["scan", spec, "--store", $"sqlite:{Path.Combine(_folder, store)}", "--workers", workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--out", Path.Combine(_folder, outName), .. extra]);

    [Fact]
    public void Scan_WhenRunWithOneAndTwoWorkers_WritesIdenticalFilesWithTheContractHeaders()
    {
        string spec = Write("spec.yaml", Spec);
        var (exit1, stdout1, stderr1) = Scan(spec, "one.db", 1, "out1");
        Assert.True(exit1 == 0, stderr1);
        Assert.Contains("results:", stdout1, StringComparison.Ordinal);
        var (exit2, _, stderr2) = Scan(spec, "two.db", 2, "out2");
        Assert.True(exit2 == 0, stderr2);

        string[] files = ["limits_1dof.csv", "contour_2dof.csv", "profiles.csv", "summary.json"];
        foreach (string file in files)
        {
            byte[] a = File.ReadAllBytes(Path.Combine(_folder, "out1", "contract-scan", file));
            byte[] b = File.ReadAllBytes(Path.Combine(_folder, "out2", "contract-scan", file));
            Assert.True(a.AsSpan().SequenceEqual(b), $"{file} differs between 1 and 2 workers");
        }

        string headers = string.Join("\n", files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal))
            .Select(f => $"{f}: {File.ReadLines(Path.Combine(_folder, "out1", "contract-scan", f)).First()}"));
        Approvals.Verify("scan.csv-headers", headers);
        // 2 experiment sets × 2 flavors × 3 masses.
        Assert.Equal(1 + 12, File.ReadAllLines(Path.Combine(_folder, "out1", "contract-scan", "limits_1dof.csv")).Length);

        // timing.json: the run's wall time and the part of it spent in the store (every call of the scan and its worker).
        var timing = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(_folder, "out1", "contract-scan", "timing.json")))!;
        double wallSeconds = timing["wall_seconds"]!.GetValue<double>();
        double storeSeconds = timing["store_seconds"]!.GetValue<double>();
        Assert.True(storeSeconds > 0 && storeSeconds < wallSeconds, $"store {storeSeconds} s of a {wallSeconds} s scan");
    }

    [Fact]
    public void Scan_WhenRunAgain_ResumesWithoutRecomputingAndRefusesAChangedSpec()
    {
        string spec = Write("spec.yaml", Spec);
        Assert.Equal(0, Scan(spec, "s.db", 1, "out").Item1);
        string limits = File.ReadAllText(Path.Combine(_folder, "out", "contract-scan", "limits_1dof.csv"));

        var (again, _, stderrAgain) = Scan(spec, "s.db", 1, "out");
        Assert.True(again == 0, stderrAgain);
        Assert.Equal(limits, File.ReadAllText(Path.Combine(_folder, "out", "contract-scan", "limits_1dof.csv")));

        string changed = Write("changed.yaml", Spec.Replace("points: 16", "points: 17", StringComparison.Ordinal));
        var (refused, _, stderr) = Scan(changed, "s.db", 1, "out");
        Assert.Equal(2, refused);
        Assert.Contains("--new", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));

        var (replaced, _, stderrNew) = Scan(changed, "s.db", 1, "out", "--new");
        Assert.True(replaced == 0, stderrNew);
    }
}
