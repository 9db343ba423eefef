using System.Globalization;
using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Sources;

namespace DipolePortal.Physics.Tests.Experiments;

/// <summary>
/// TEXONO (arXiv:0911.1597) from the user's file. The tests of this class set $DIPOLE_USER_DATA, so they run serially
/// (one class) and restore it.
/// </summary>
public sealed class Texono2010Tests : IDisposable
{
    private readonly string? _previous = Environment.GetEnvironmentVariable(PandaX4TRun0.UserDataVariable);
    private readonly string _folder = Directory.CreateTempSubdirectory("texono-").FullName;

    public Texono2010Tests() => Environment.SetEnvironmentVariable(PandaX4TRun0.UserDataVariable, _folder);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(PandaX4TRun0.UserDataVariable, _previous);
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Load_WhenFileMissing_ThrowsNamingFileAndFormat()
    {
        var error = Assert.Throws<MissingDataFileException>(() => Texono2010.Definition.LoadData());
        Assert.Contains(Texono2010.FileName, error.Message, StringComparison.Ordinal);
        Assert.Contains("bin_low_MeV, bin_high_MeV, residual_rate", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Load_WhenRatesGiven_ConvertsWithExposureAndBinWidth()
    {
        WriteFile(Enumerable.Repeat(2.0, 10).ToArray(), Enumerable.Repeat(0.5, 10).ToArray());
        ExperimentData data = Texono2010.Definition.LoadData();
        Assert.Equal(11, data.BinEdgesMeV.Length);
        Tolerance.AssertRelative(3.0, data.BinEdgesMeV[0], 1e-12, "first edge");
        Tolerance.AssertRelative(8.0, data.BinEdgesMeV[^1], 1e-12, "last edge");
        // 2 events/(kg·day·MeV) × 29882 kg·day × 0.5 MeV; the exposure in t·yr converts back to the same kg·day.
        Tolerance.AssertRelative(2.0 * 29882 * 0.5, data.ObservedCounts[0], 1e-12, "counts");
        Tolerance.AssertRelative(0.5 * 29882 * 0.5, data.ObservedUncertainties[0], 1e-12, "Δ");
        Tolerance.AssertRelative(29882, Texono2010.Definition.ExposureTonneYear * 1000 * 365.25, 1e-12, "kg·day");
    }

    [Fact]
    public void Fit_WhenAsimovUserFile_BestFitIsZeroAndLimitFinite()
    {
        PreparedExperiment texono = PrepareAsimov();
        MassPointResult result = MassPointFit.Fit([texono], CouplingHypothesis.Electron, 0.1, 0.9, []);
        Assert.True(double.IsFinite(result.Limit.MuLimitMuB) && result.Limit.MuLimitMuB > 0, $"limit {result.Limit.MuLimitMuB}");
        // Zero up to the rounding of rates × exposure (μ̂² ~ 10⁻³⁶ μ_B²).
        Assert.InRange(result.Limit.MuBestFitMuB, 0, 1e-6 * result.Limit.MuLimitMuB);
    }

    /// <summary>
    /// As m4 → 0 the dipole cross section becomes the magnetic-moment one (seed 002 Eq. (2) → seed 001 Eq. (3); the
    /// cross-section tests check m4 = 0 against that formula), so the limit at m4 = 1 keV must equal the m4 = 0 one: 1%.
    /// </summary>
    [Fact]
    public void Fit_WhenM4GoesToZero_EqualsMagneticMomentLimitWithinOnePercent()
    {
        PreparedExperiment texono = PrepareAsimov();
        double magneticMoment = MassPointFit.Fit([texono], CouplingHypothesis.Electron, 0, 0.9, []).Limit.MuLimitMuB;
        double light = MassPointFit.Fit([texono], CouplingHypothesis.Electron, 1e-3, 0.9, []).Limit.MuLimitMuB;
        Tolerance.AssertRelative(magneticMoment, light, 0.01, "m4 → 0 limit");
    }

    /// <summary>
    /// Hand check of the flux at the CsI(Tl) array. The declared flux is TEXONO's 6.4×10¹² cm⁻² s⁻¹ (arXiv:0911.1597).
    /// From first principles, core #1 alone: 2.9 GW / (Σ fᵢEᵢ = 205.4 MeV × 1.602×10⁻¹³ J) = 8.81×10¹⁹ fission/s, times
    /// the ν̄ per fission of our spectrum, over 4π (2800 cm)². Our spectrum lacks the sub-MeV neutron-capture ν̄ (≈ 1 per
    /// fission of ≈ 7, ReactorSpectrumPerFission) and core #2 adds a few per cent, so it must fall below 6.4×10¹² by 5–25%.
    /// </summary>
    [Fact]
    public void Flux_AtDetector_MatchesTexonoQuotedFlux()
    {
        Tolerance.AssertRelative(6.4e12, Texono2010.Flux().TotalFluxPerCm2PerS, 1e-12, "declared flux");
        FluxComponent core = ReactorAntineutrinos.Flux(Texono2010.KuoShengCore);
        double fissionsPerS = 2900e6 / (Texono2010.KuoShengCore.FissionFractions.Dot(Texono2010.KuoShengCore.EnergyPerFissionMeV) * 1.602176634e-13);
        Tolerance.AssertRelative(8.81e19, fissionsPerS, 0.005, "fission rate");
        double ratio = core.TotalFluxPerCm2PerS / 6.4e12;
        Assert.InRange(ratio, 0.75, 0.95);
    }

    /// <summary>Writes the user file in the documented format: 10 bins of 0.5 MeV from 3 MeV, rates and errors per kg·day·MeV.</summary>
    private void WriteFile(IReadOnlyList<double> ratePerKgDayMeV, IReadOnlyList<double> sigmaPerKgDayMeV)
    {
        var lines = new List<string> { "# bin_low_MeV, bin_high_MeV, residual_rate, rate_uncertainty [events/(kg day MeV)]" };
        for (int k = 0; k < 10; k++)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{3 + (0.5 * k)},{3.5 + (0.5 * k)},{ratePerKgDayMeV[k]:R},{sigmaPerKgDayMeV[k]:R}"));
        }

        File.WriteAllLines(Path.Combine(_folder, Texono2010.FileName), lines);
    }

    /// <summary>
    /// The Asimov data set: our own SM prediction per bin as the observed rate, and as its error a flat 20% of the mean SM
    /// rate (TEXONO's ξ has a 20% statistical error). Built in two passes, since the SM counts need the file's bins.
    /// </summary>
    private PreparedExperiment PrepareAsimov()
    {
        WriteFile(Enumerable.Repeat(1.0, 10).ToArray(), Enumerable.Repeat(1.0, 10).ToArray());
        PreparedExperiment placeholder = PreparedExperiment.Prepare(Texono2010.Definition, BindingModel.FreeElectron);
        double kgDayMeV = Texono2010.ExposureKgDay * 0.5;
        double[] rate = [.. Enumerable.Range(0, 10).Select(k => placeholder.StandardModelCounts.Sum(c => c[k]) / kgDayMeV)];
        WriteFile(rate, Enumerable.Repeat(0.2 * rate.Average(), 10).ToArray());
        return PreparedExperiment.Prepare(Texono2010.Definition, BindingModel.FreeElectron);
    }
}
