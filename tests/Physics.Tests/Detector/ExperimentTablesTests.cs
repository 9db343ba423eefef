using DipolePortal.Physics.Data;
using DipolePortal.Physics.Detector;

namespace DipolePortal.Physics.Tests.Detector;

/// <summary>The bundled experiment tables parse and hold their published sums.</summary>
public class ExperimentTablesTests
{
    [Fact]
    public void XenonNtObservedCounts_WhenSummed_Give433EventsIn29ContiguousBins()
    {
        // PRL 129, 161805 (2022): 433 events between 1 and 30 keV (collaboration readme).
        var rows = TableReader.ReadBundled("xenonnt_sr0_2022/observed_counts_1keV.csv");
        Assert.Equal(29, rows.Count);
        for (int k = 0; k < rows.Count; k++)
        {
            Tolerance.AssertAbsolute(k + 1, rows[k][0], 0, "bin low edge");
            Tolerance.AssertAbsolute(k + 2, rows[k][1], 0, "bin high edge");
        }

        Tolerance.AssertAbsolute(433, rows.Sum(r => r[2]), 0, "433 official events");
    }

    [Fact]
    public void XenonNtB0Counts_WhenRecomputedFromRateTable_AgreeWithBinnedFile()
    {
        // Σ over 0.1-keV cells of rate × 0.1 keV × 1.16 t·yr, independently here.
        var rate = TableReader.ReadBundled("xenonnt_sr0_2022/b0_rate.csv");
        var counts = TableReader.ReadBundled("xenonnt_sr0_2022/b0_counts_1keV.csv");
        double fromRate = rate.Where(r => r[0] > 1 && r[0] < 30).Sum(r => r[1] * 0.1 * 1.16);
        Tolerance.AssertRelative(fromRate, counts.Sum(r => r[2]), 1e-5, "B0 counts 1–30 keV");
        Tolerance.AssertRelative(433, fromRate, 0.03, "B0 describes the data to a few percent (426.5 vs 433)");
    }

    [Fact]
    public void XenonNtSolarNeutrinoComponent_WhenSummed_IsAFractionOfB0()
    {
        var nu = TableReader.ReadBundled("xenonnt_sr0_2022/solar_nu_er_counts_1keV.csv");
        var b0 = TableReader.ReadBundled("xenonnt_sr0_2022/b0_counts_1keV.csv");
        for (int k = 0; k < nu.Count; k++)
        {
            Assert.True(nu[k][2] > 0 && nu[k][2] < b0[k][2], $"bin {k}: solar ν {nu[k][2]} must lie inside B0 {b0[k][2]}");
        }

        Tolerance.AssertRelative(78.2, nu.Sum(r => r[2]), 1e-3, "digitized solar-ν ER counts 1–30 keV");
    }

    [Fact]
    public void XenonNtEfficiency_WhenLoaded_IsOnThePublishedPlateau()
    {
        // Fig. 1 of arXiv:2207.11330: ≈0.80 plateau, 0.815 at 30 keV. The table stops at 29.877 keV and starts at 0 at 0.1 keV,
        // so Clamp is the right outside rule (Zero would drop 12% of the last bin).
        var rows = TableReader.ReadBundled("xenonnt_sr0_2022/efficiency.csv");
        var efficiency = Efficiency.FromKeVTable(rows, 0, 1, EfficiencyOutsideTable.Clamp);
        Tolerance.AssertAbsolute(0.815, efficiency.At(0.030), 0.001, "efficiency at 30 keV");
        Tolerance.AssertAbsolute(0, efficiency.At(0.00005), 0, "no acceptance below the table");
        Tolerance.AssertRelative(29.877, rows[^1][0], 1e-4, "last tabulated energy");
    }

    [Fact]
    public void PandaXRun1Tables_WhenSummed_MatchDigitizedTotals()
    {
        // Run1: Σ observed ≈ 1430 (digitized); Σ background = Σ components = 1439.1.
        var observed = TableReader.ReadBundled("pandax4t_run1_2024/observed_counts_1keV.csv");
        var background = TableReader.ReadBundled("pandax4t_run1_2024/background_counts_1keV.csv");
        var components = TableReader.ReadBundled("pandax4t_run1_2024/background_components.csv");
        Assert.Equal(30, observed.Count);
        Assert.All(observed, r => Assert.Equal(Math.Round(r[3]), r[2]));
        Tolerance.AssertRelative(1430, observed.Sum(r => r[2]), 2e-3, "Run1 observed events");
        Tolerance.AssertRelative(1439.1, components.Sum(r => r[1]), 1e-9, "component sum");
        Tolerance.AssertRelative(components.Sum(r => r[1]), background.Sum(r => r[2]), 1e-4, "binned background = component sum");
        var efficiency = Efficiency.FromKeVTable(TableReader.ReadBundled("pandax4t_run1_2024/efficiency.csv"), 0, 1, EfficiencyOutsideTable.Zero);
        Tolerance.AssertAbsolute(0.92, efficiency.At(0.010), 0.03, "plateau ≈ 0.92");
    }

    [Fact]
    public void Xenon1TCounts_WhenComparedWithRateTimesExposure_Agree()
    {
        // counts = (rate/σ_rate)² are Poisson integers; they equal rate × 0.6473 t·yr, i.e. rate × 0.65 within 0.5%.
        var rows = TableReader.ReadBundled("xenon1t_sr1_2020/observed_1keV.csv");
        Assert.Equal(29, rows.Count);
        Assert.All(rows, r => Tolerance.AssertAbsolute(r[4], Math.Pow(r[2] / r[3], 2), 1e-3, "Poisson counts"));
        Tolerance.AssertRelative(rows.Sum(r => r[2] * 0.65), rows.Sum(r => r[4]), 5e-3, "counts ≈ rate × 0.65 t·yr");
        Tolerance.AssertAbsolute(285, rows.Take(6).Sum(r => r[4]), 0, "285 events in 1–7 keV (arXiv:2006.09721)");
        var efficiency = Efficiency.FromKeVTable(TableReader.ReadBundled("xenon1t_sr1_2020/efficiency.csv"), 0, 3, EfficiencyOutsideTable.Zero);
        Assert.InRange(efficiency.At(0.010), 0.5, 1.0);
        Assert.True(TableReader.ReadBundled("xenon1t_sr1_2020/b0_digitized.csv").Count > 100);
    }

    [Theory]
    [InlineData("xenonnt_sr0_2022")]
    [InlineData("pandax4t_run1_2024")]
    [InlineData("xenon1t_sr1_2020")]
    public void Readme_WhenRead_CitesArxivAndDoi(string folder)
    {
        string text = DataCatalog.ReadAllText(folder + "/README.md");
        Assert.Contains("arXiv:", text, StringComparison.Ordinal);
        Assert.Contains("doi:", text, StringComparison.Ordinal);
    }
}
