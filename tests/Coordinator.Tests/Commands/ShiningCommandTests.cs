using System.Globalization;
using DipolePortal.Coordinator.Tests.Contract;
using DipolePortal.Coordinator.Tests.Plots;
using DipolePortal.Physics.Shining;

namespace DipolePortal.Coordinator.Tests.Commands;

/// <summary>
/// `dipole shining`: the CLI's tables carry the library's numbers (seed 004 physics is checked in Physics.Tests/Shining),
/// obey the scaling and ordering the physics demands, and bad input exits 2 with one line and no file.
/// </summary>
public sealed class ShiningCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"dipole-shining-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public void Events_WhenRun_CsvEqualsTheLibraryAtEachPoint()
    {
        Run("--setup", "nucleus-1kg", "--target", "Ge73", "--nature", "majorana",
            "--m4-min", "0.1", "--m4-max", "2", "--m4-points", "2", "--mu-min", "1e-8", "--mu-max", "1e-6", "--mu-points", "3");

        var rows = ReadCsv("shining_events.csv");
        Assert.Equal(2 * 3, rows.Count);
        NucleusSetup setup = NucleusSetup.Chooz("Ge73", 1.0);
        foreach (double[] row in rows)
        {
            AssertRelative(ShiningCevns.ExpectedEvents(setup, row[0], row[1], NeutrinoNature.Majorana), row[2], 1e-12);
            AssertRelative(ShiningCevns.MaximumEvents(setup, row[0], row[1]), row[3], 1e-12);
        }
    }

    [Fact]
    public void Events_WhenMuDoubles_MaxScalesAsMuSquaredAndBoundsTheDecayInDetector()
    {
        Run("--m4-min", "0.01", "--m4-max", "7.5", "--m4-points", "6", "--mu-min", "1e-7", "--mu-max", "2e-7", "--mu-points", "2");

        var rows = ReadCsv("shining_events.csv");
        Assert.Equal(6 * 2, rows.Count);
        foreach (var pair in rows.Chunk(2))
        {
            Assert.Equal(2 * pair[0][1], pair[1][1], 15);
            AssertRelative(4.0 * pair[0][3], pair[1][3], 1e-9);
        }

        // A decay inside 5 cm is one of the decays the "max" variant counts: never more, and 0 < N everywhere in reach.
        Assert.All(rows, r => Assert.InRange(r[2], double.Epsilon, r[3] * (1 + 1e-12)));
    }

    [Fact]
    public void Photons_WhenRun_DiracAndMajoranaDensitiesEachIntegrateToOneAndMajoranaIsHarder()
    {
        string stdout = Run("--kind", "photons", "--target", "Ge73", "--m4", "0.5", "--mu", "1e-7");

        var energy = ReadCsv("shining_photons_energy.csv");
        var angle = ReadCsv("shining_photons_angle.csv");
        foreach (int column in new[] { 2, 3 })
        {
            AssertRelative(1.0, energy.Sum(r => r[column] * (r[1] - r[0])), 1e-6);
            AssertRelative(1.0, angle.Sum(r => r[column] * (r[1] - r[0])), 1e-6);
        }

        // Seed 004: Majorana photons are harder than Dirac ones (binned means of the two density columns).
        double Mean(int column) => energy.Sum(r => r[column] * (r[1] - r[0]) * (r[0] + r[1]) / 2);
        Assert.True(Mean(3) > Mean(2), $"mean E_γ Majorana {Mean(3)} vs Dirac {Mean(2)} MeV");
        Assert.Contains("Majorana", stdout, StringComparison.Ordinal);
        AssertStepsDrawTheCsv("shining_photons_energy", energy);
        AssertStepsDrawTheCsv("shining_photons_angle", angle);
    }

    /// <summary>
    /// The SVG renders (rsvg-convert) and each nature's step outline draws the CSV's densities: on the linear y axis the
    /// bin heights above the floor are proportional to the densities (within 1% of the tallest bin: pixel rounding).
    /// </summary>
    private void AssertStepsDrawTheCsv(string name, List<double[]> rows)
    {
        string svg = Path.Combine(_out, name + ".svg");
        SvgRendering.AssertRenders(svg);
        var steps = SvgRendering.LineSeries(svg, "series step");
        foreach ((string label, int column) in new[] { ("Dirac", 2), ("Majorana", 3) })
        {
            var outline = steps.Single(s => s.Label == label).Polylines.Single();
            double floorPx = outline[0].Y;
            double[] heights = [.. rows.Select((_, k) => floorPx - outline[1 + (2 * k)].Y)];
            double[] densities = [.. rows.Select(r => r[column])];
            for (int k = 0; k < rows.Count; k++)
            {
                Assert.InRange((heights[k] / heights.Max()) - (densities[k] / densities.Max()), -0.01, 0.01);
            }
        }
    }

    [Fact]
    public void Json_WhenAsked_WritesJsonInsteadOfCsvWithTheSameNumbers()
    {
        string[] grid = ["--m4-min", "1", "--m4-max", "1", "--m4-points", "1", "--mu-min", "1e-6", "--mu-max", "1e-6", "--mu-points", "1"];
        Run(grid);
        double[] csv = ReadCsv("shining_events.csv").Single();
        Run([.. grid, "--format", "json"]);

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "shining_events.json")));
        var point = json.RootElement.GetProperty("events")[0];
        Assert.Equal(csv[2], point.GetProperty("events_decay_in_detector").GetDouble());
        Assert.Equal(csv[3], point.GetProperty("events_max").GetDouble());
        Assert.Equal("CaWO4", json.RootElement.GetProperty("target").GetString());
    }

    [Fact]
    public void Tables_HaveTheirApprovedColumns()
    {
        Run("--m4-points", "1", "--m4-min", "1", "--m4-max", "1", "--mu-points", "1", "--mu-min", "1e-8", "--mu-max", "1e-8");
        Run("--kind", "photons", "--target", "Ge73");
        string[] files = ["shining_events.csv", "shining_photons_energy.csv", "shining_photons_angle.csv"];
        Approvals.Verify("shining.csv-headers", string.Concat(files.Select(f => $"{f}: {File.ReadLines(Path.Combine(_out, f)).First()}\n")));
    }

    [Theory]
    [InlineData("--m4-min = -0.1 is not allowed", "--m4-min", "-0.1")]
    [InlineData("--m4-max = 9 MeV is beyond kinematic reach", "--m4-max", "9")]
    [InlineData("--m4 = 8.5 MeV is beyond kinematic reach", "--kind", "photons", "--m4", "8.5")]
    [InlineData("--mu = 0 is not allowed", "--kind", "photons", "--mu", "0")]
    [InlineData("--mu-min = 0.001 is greater than --mu-max = 1E-06", "--mu-min", "1e-3", "--mu-max", "1e-6")]
    [InlineData("--m4-points = 0 is not allowed", "--m4-points", "0")]
    [InlineData("--mu-points = 5000 is not allowed", "--mu-points", "5000")]
    [InlineData("Argument 'nucleus-5kg' not recognized", "--setup", "nucleus-5kg")]
    [InlineData("Argument 'Xe' not recognized", "--target", "Xe")]
    [InlineData("Argument 'pseudo' not recognized", "--nature", "pseudo")]
    [InlineData("--m4-min belongs to --kind events", "--kind", "photons", "--m4-min", "0.1")]
    [InlineData("--mu belongs to --kind photons", "--mu", "1e-8")]
    public void Run_WhenInputIsBad_ExitsTwoWithOneLineAndWritesNothing(string expected, params string[] args)
    {
        CliRun run = CliRun.Invoke(["shining", .. args, "--out", _out]).AssertBadInput();

        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.False(Directory.Exists(_out), "nothing is written on bad input");
    }

    private string Run(params string[] args)
    {
        CliRun run = CliRun.Invoke(["shining", .. args, "--out", _out]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return run.Stdout;
    }

    private List<double[]> ReadCsv(string name) =>
        [.. File.ReadLines(Path.Combine(_out, name)).Skip(1).Select(line => line.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())];

    private static void AssertRelative(double expected, double actual, double relative) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"expected {expected:R}, got {actual:R} (rel. tol. {relative})");
}
