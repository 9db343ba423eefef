using DipolePortal.Coordinator.Plots;
using DipolePortal.Coordinator.Tests.Contract;
using DipolePortal.Plotting.Layout;

namespace DipolePortal.Coordinator.Tests.Plots;

/// <summary>`dipole plot` on a results folder and on the store: renders, and the drawn lines are the CSV's numbers.</summary>
public class PlotCommandTests(ScanResultsFixture scan) : IClassFixture<ScanResultsFixture>
{
    private string OutPath(string name) => Path.Combine(scan.Folder, $"{Guid.NewGuid():N}-{name}");

    [Fact]
    public void Plot_WhenGivenAResultsFolder_DrawsTheCsvLimitsAtTheirPixels()
    {
        string svg = OutPath("exclusion.svg");
        var (exit, stdout, stderr) = ContractCli.Run("plot", scan.Results, "--out", svg);
        Assert.True(exit == 0, stderr);
        Assert.Contains("wrote exclusion plot", stdout, StringComparison.Ordinal);
        SvgRendering.AssertRenders(svg);

        ScanResults results = ScanResultsReader.ReadFolder(scan.Results, withProfiles: false);
        PlotFrame frame = ExclusionPlot.Build(results).Frame;
        var series = SvgRendering.LineSeries(svg);
        var fits = results.Fits();
        Assert.Equal(2, fits.Count);
        foreach (var (set, flavor) in fits)
        {
            int index = series.FindIndex(s => s.Label == FitLabels.Fit(set, flavor));
            Assert.True(index >= 0, $"no line for {set} {flavor}");
            var limits = results.Limits.Where(r => r.ExperimentSet == set && r.Flavor == flavor && double.IsFinite(r.MuLimitMuB)).ToList();
            var drawn = series[index].Polylines.SelectMany(p => p).ToList();
            Assert.Equal(limits.Count, drawn.Count);
            for (int i = 0; i < limits.Count; i++)
            {
                // Pixel → data through the figure's frame: the point lies within 0.5 px of the CSV value.
                Assert.InRange(drawn[i].X - frame.ToPixelX(limits[i].M4MeV), -0.5, 0.5);
                Assert.InRange(drawn[i].Y - frame.ToPixelY(limits[i].MuLimitMuB), -0.5, 0.5);
                double m4 = frame.FromPixelX(drawn[i].X);
                double mu = frame.FromPixelY(drawn[i].Y);
                Assert.InRange(Math.Abs(frame.ToPixelX(m4) - frame.ToPixelX(limits[i].M4MeV)), 0, 0.5);
                Assert.InRange(Math.Abs(frame.ToPixelY(mu) - frame.ToPixelY(limits[i].MuLimitMuB)), 0, 0.5);
                Assert.InRange(mu / limits[i].MuLimitMuB, 0.98, 1.02);
            }

            // The 2-dof line right after it: the upper edges of contour_2dof.csv.
            double[] upper = ExclusionPlot.UpperEdges(results, set, flavor, results.M4ValuesMeV());
            var dashed = series[index + 1].Polylines.SelectMany(p => p).ToList();
            Assert.Equal(upper.Count(double.IsFinite), dashed.Count);
            Assert.All(dashed.Zip(upper.Where(double.IsFinite)), p => Assert.InRange(p.First.Y - frame.ToPixelY(p.Second), -0.5, 0.5));
        }
    }

    [Fact]
    public void Scan_WritesTheSamePlotAsDipolePlotAndProfilesForFewMasses()
    {
        string svg = OutPath("exclusion.svg");
        Assert.Equal(0, ContractCli.Run("plot", scan.Results, "--out", svg).ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(scan.Results, "exclusion.svg")), File.ReadAllBytes(svg));

        string fromStore = OutPath("store.svg");
        var (exit, _, stderr) = ContractCli.Run("plot", ScanResultsFixture.ScanName, "--store", scan.Store, "--out", fromStore);
        Assert.True(exit == 0, stderr);
        Assert.Equal(File.ReadAllBytes(svg), File.ReadAllBytes(fromStore));

        string profiles = Path.Combine(scan.Results, "profiles.svg");
        SvgRendering.AssertRenders(profiles);
        Assert.Equal(2 * 4, SvgRendering.LineSeries(profiles).Count);
    }

    [Fact]
    public void Scan_WithOneWorkerInsteadOfTwo_WritesByteIdenticalPlotsAndHepData()
    {
        string outFolder = Path.Combine(scan.Folder, $"one-worker-{Guid.NewGuid():N}");
        var (exit, _, stderr) = ContractCli.Run(
            "scan", scan.SpecPath, "--store", $"sqlite:{outFolder}.db", "--workers", "1", "--out", outFolder);
        Assert.True(exit == 0, stderr);
        string[] files = ["exclusion.svg", "profiles.svg", "hepdata_limits_1dof.yaml", "hepdata_contour_2dof.yaml"];
        foreach (string file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(scan.Results, file)).AsSpan()
                .SequenceEqual(File.ReadAllBytes(Path.Combine(outFolder, ScanResultsFixture.ScanName, file))),
                $"{file} differs between 1 and 2 workers");
        }
    }

    [Fact]
    public void Plot_WithProfilesFlavorAndOverlay_Renders()
    {
        string profiles = OutPath("profiles.svg");
        var (exit, _, stderr) = ContractCli.Run("plot", scan.Results, "--kind", "profiles", "--flavor", "e", "--out", profiles);
        Assert.True(exit == 0, stderr);
        SvgRendering.AssertRenders(profiles);
        Assert.Equal(4, SvgRendering.LineSeries(profiles).Count);

        string overlayCsv = OutPath("published.csv");
        File.WriteAllText(overlayCsv, "m4_MeV,mu_muB\n0.01,3e-11\n0.1,4e-11\n0.5,1e-9\n");
        string svg = OutPath("overlay.svg");
        (exit, _, stderr) = ContractCli.Run("plot", scan.Results, "--overlay", overlayCsv + ":Published", "--out", svg);
        Assert.True(exit == 0, stderr);
        SvgRendering.AssertRenders(svg);
        Assert.Equal(3, SvgRendering.LineSeries(svg).Single(s => s.Label == "Published").Polylines.Single().Count);
    }

    [Fact]
    public void Plot_SpectrumAndEmin_Render()
    {
        string spectrum = OutPath("spectrum.svg");
        var (exit, _, stderr) = ContractCli.Run("plot", "--kind", "spectrum", "--experiment", "xenonnt", "--flavor", "e", "--m4", "0.01",
            "--mu", "1e-11", "--out", spectrum);
        Assert.True(exit == 0, stderr);
        SvgRendering.AssertRenders(spectrum);

        string emin = OutPath("emin.svg");
        (exit, _, stderr) = ContractCli.Run("plot", "--kind", "emin", "--m4", "0.01", "--m4", "0.3", "--out", emin);
        Assert.True(exit == 0, stderr);
        SvgRendering.AssertRenders(emin);
        Assert.Equal(2, SvgRendering.LineSeries(emin).Count);
    }

    [Fact]
    public void Plot_WhenInputIsBad_ExitsTwoWithOneLine()
    {
        string broken = Path.Combine(scan.Folder, "broken");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "limits_1dof.csv"), "m4,mu\n0.1,1e-11\n");
        File.WriteAllText(Path.Combine(broken, "contour_2dof.csv"), File.ReadAllText(Path.Combine(scan.Results, "contour_2dof.csv")));
        string empty = Path.Combine(scan.Folder, "empty");
        Directory.CreateDirectory(empty);
        string svg = OutPath("bad.svg");

        string[][] cases =
        [
            ["plot", scan.Results, "--kind", "histogram", "--out", svg],
            ["plot", Path.Combine(scan.Folder, "no", "such-folder"), "--out", svg],
            ["plot", broken, "--out", svg],
            ["plot", empty, "--out", svg],
            ["plot", scan.Results, "--out", OutPath("plot.png")],
            ["plot", scan.Results, "--flavor", "tau", "--out", svg],
            ["plot", scan.Results, "--flavor", "electron", "--out", svg],
            ["plot", scan.Results, "--overlay", OutPath("missing.csv"), "--out", svg],
            ["plot", "--kind", "exclusion", "--out", svg],
            ["plot", "--kind", "spectrum", "--experiment", "xenonnt", "--out", svg],
            ["plot", "--kind", "spectrum", "--experiment", "nosuch", "--flavor", "e", "--m4", "0.01", "--mu", "1e-11", "--out", svg],
            ["plot", "--kind", "emin", "--out", svg],
            ["plot", "--kind", "emin", "--m4", "-1", "--out", svg],
            ["plot", "no-such-scan", "--store", $"sqlite:{Path.Combine(scan.Folder, "other.db")}", "--out", svg],
        ];
        foreach (string[] args in cases)
        {
            var (exit, _, stderr) = ContractCli.Run(args);
            new CliRun(exit, "", stderr).AssertBadInput();
        }

        Assert.Contains("expected the header", ContractCli.Run("plot", broken, "--out", svg).Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(svg));
    }
}
