using System.Xml.Linq;
using DipolePortal.Coordinator.Tests.Plots;

namespace DipolePortal.Coordinator.Tests.Contract;

/// <summary>
/// `dipole scan` with pseudo_experiments: expected_1dof.csv with its contract header, the count in summary.json, and the
/// ±2σ/±1σ bands and dashed median in exclusion.svg; identical for 1 and 2 workers; gone when the scan is rerun without.
/// </summary>
public sealed class ExpectedBandsScanTests : IDisposable
{
    private const string Spec = """
        name: bands-scan
        experiments: [xenonnt]
        flavors: [e]
        m4_MeV: {min: 0.01, max: 0.3, points: 3, spacing: log}
        mu_muB: {min: 1.0e-12, max: 1.0e-9, points: 16, spacing: log}
        cl: 0.9
        shard_m4_points: 2
        pseudo_experiments: 50
        """;

    private const string ExpectedHeader = "experiment_set,flavor,m4_MeV,expected_median_muB,expected_minus1sigma_muB,expected_plus1sigma_muB," +
        "expected_minus2sigma_muB,expected_plus2sigma_muB,pseudo_experiments";

    private readonly string _folder = Directory.CreateTempSubdirectory("dipole-bands-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Scan(string specText, string name, int workers)
    {
        string spec = Path.Combine(_folder, $"{name}.yaml");
        File.WriteAllText(spec, specText);
        var (exit, _, stderr) = ContractCli.Run("scan", spec, "--store", $"sqlite:{Path.Combine(_folder, $"{name}.db")}",
            "--workers", workers.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", Path.Combine(_folder, name));
        Assert.True(exit == 0, stderr);
        return Path.Combine(_folder, name, "bands-scan");
    }

    [Fact]
    public void Scan_WhenSpecAsksForPseudoExperiments_WritesExpectedLimitsAndDrawsTheBands()
    {
        string results = Scan(Spec, "one", 1);
        string twoWorkers = Scan(Spec, "two", 2);

        string[] lines = File.ReadAllLines(Path.Combine(results, "expected_1dof.csv"));
        Assert.Equal(ExpectedHeader, lines[0]);
        Assert.Equal(1 + 3, lines.Length);
        foreach (string line in lines.Skip(1))
        {
            double[] q = [.. line.Split(',')[3..8].Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture))];
            // median, −1σ, +1σ, −2σ, +2σ: ordered −2σ ≤ −1σ ≤ median ≤ +1σ ≤ +2σ, all finite and positive.
            Assert.True(q.All(v => double.IsFinite(v) && v > 0) && q[3] <= q[1] && q[1] <= q[0] && q[0] <= q[2] && q[2] <= q[4], line);
            Assert.EndsWith(",50", line, StringComparison.Ordinal);
        }

        foreach (string file in new[] { "expected_1dof.csv", "exclusion.svg", "summary.json" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(results, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(twoWorkers, file))),
                $"{file} differs between 1 and 2 workers");
        }

        Assert.Contains("\"pseudo_experiments\": 50", File.ReadAllText(Path.Combine(results, "summary.json")), StringComparison.Ordinal);

        XElement svg = XDocument.Load(Path.Combine(results, "exclusion.svg")).Root!;
        var labels = svg.Descendants(SvgRendering.Ns + "g").Select(g => ((string?)g.Attribute("class"), (string?)g.Attribute("data-label"))).ToList();
        Assert.Contains(("series band", "expected ±2σ"), labels);
        Assert.Contains(("series band", "expected ±1σ"), labels);
        Assert.Contains(("series line", "expected median"), labels);
        // Drawn under the observed limit: the bands and the median come before the 1-dof line.
        Assert.True(labels.IndexOf(("series line", "expected median")) < labels.FindIndex(l => l.Item1 == "series line" && l.Item2 != "expected median"));
        SvgRendering.AssertRenders(Path.Combine(results, "exclusion.svg"));
    }

    [Fact]
    public void Scan_WhenSeveralFlavorsHaveBands_DrawsThemOnEachFlavorsPlotAndNotOnTheSharedOne()
    {
        string results = Scan(Spec.Replace("flavors: [e]", "flavors: [e, mu]", StringComparison.Ordinal), "flavors", 2);

        static List<string?> Bands(string svgPath) => [.. XDocument.Load(svgPath).Root!.Descendants(SvgRendering.Ns + "g")
            .Where(g => (string?)g.Attribute("class") == "series band").Select(g => (string?)g.Attribute("data-label"))
            .Where(l => l?.StartsWith("expected", StringComparison.Ordinal) == true)]; // not the shading of the excluded region
        Assert.Empty(Bands(Path.Combine(results, "exclusion.svg"))); // two fits' bands would cover each other
        foreach (string flavor in new[] { "e", "mu" })
        {
            string panel = Path.Combine(results, $"exclusion-{flavor}.svg");
            Assert.Equal(["expected ±2σ", "expected ±1σ"], Bands(panel));
            SvgRendering.AssertRenders(panel);
        }
    }

    [Fact]
    public void Scan_WhenRerunWithoutPseudoExperiments_LeavesNoExpectedLimitsOrBands()
    {
        string name = Scan(Spec, "off", 1); // an earlier run with bands into the same folder and store
        Assert.True(File.Exists(Path.Combine(name, "expected_1dof.csv")));
        string spec = Path.Combine(_folder, "off0.yaml");
        File.WriteAllText(spec, Spec.Replace("pseudo_experiments: 50", "pseudo_experiments: 0", StringComparison.Ordinal));
        var (exit, _, stderr) = ContractCli.Run("scan", spec, "--store", $"sqlite:{Path.Combine(_folder, "off.db")}", "--new",
            "--out", Path.Combine(_folder, "off"));
        Assert.True(exit == 0, stderr);
        string results = name;

        Assert.False(File.Exists(Path.Combine(results, "expected_1dof.csv")));
        Assert.DoesNotContain("pseudo_experiments", File.ReadAllText(Path.Combine(results, "summary.json")), StringComparison.Ordinal);
        Assert.DoesNotContain("expected ±", File.ReadAllText(Path.Combine(results, "exclusion.svg")), StringComparison.Ordinal);
    }
}
