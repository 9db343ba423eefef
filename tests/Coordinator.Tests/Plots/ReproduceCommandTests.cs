using DipolePortal.Coordinator.Tests.Contract;

namespace DipolePortal.Coordinator.Tests.Plots;

/// <summary>`dipole reproduce --only`: one small scan from a scans folder, and a fixed figure, into OUT/figures/.</summary>
public sealed class ReproduceCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dipole-reproduce-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (int ExitCode, string Stdout, string Stderr) Reproduce(params string[] extra) =>
        ContractCli.Run(["reproduce", "--scans", Path.Combine(_folder, "scans"), "--out", Path.Combine(_folder, "out"),
            "--store", $"sqlite:{Path.Combine(_folder, "r.db")}", "--workers", "2", .. extra]);

    [Fact]
    public void Reproduce_WithOnlyOneSmallScan_WritesItsFiguresAndATable()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "scans"));
        File.WriteAllText(Path.Combine(_folder, "scans", "tiny.yaml"), "# Tiny test figure: one fit\n" +
            ScanResultsFixture.Spec.Replace("plot-scan", "tiny-scan", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_folder, "scans", "other.yaml"), "this: is not run\n");

        var (exit, stdout, stderr) = Reproduce("--only", "tiny");
        Assert.True(exit == 0, stderr);
        string figures = Path.Combine(_folder, "out", "figures");
        Assert.Equal(
            ["tiny-exclusion.svg", "tiny-profiles.svg"],
            Directory.GetFiles(figures).Select(f => Path.GetFileName(f)).Order().ToList());
        SvgRendering.AssertRenders(Path.Combine(figures, "tiny-exclusion.svg"));
        Assert.Contains("Tiny test figure", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "out", "tiny-scan", "limits_1dof.csv")));

        (exit, _, stderr) = Reproduce("--only", "seed002-fig1-emin");
        Assert.True(exit == 0, stderr);
        SvgRendering.AssertRenders(Path.Combine(figures, "seed002-fig1-emin.svg"));

        (exit, _, stderr) = Reproduce("--only", "nothing-like-this");
        new CliRun(exit, "", stderr).AssertBadInput();
    }

    [Fact]
    public void Reproduce_WhenTheScansFolderIsMissing_ExitsTwo()
    {
        var (exit, _, stderr) = Reproduce();
        new CliRun(exit, "", stderr).AssertBadInput();
    }
}

/// <summary>The help texts of the plotting verbs are part of the CLI contract, pinned like the others.</summary>
public class PlotHelpTextTests
{
    [Theory]
    [InlineData("plot")]
    [InlineData("reproduce")]
    public void Help_WhenAsked_MatchesItsApprovedText(string verb)
    {
        var (exit, stdout, _) = ContractCli.Run(verb, "--help");
        Assert.Equal(0, exit);
        Approvals.Verify($"help.{verb}", stdout);
    }
}
