using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.Experiments;
using Xunit.Abstractions;

namespace DipolePortal.Physics.Tests.Experiments;

/// <summary>CENNS-750 projection (seed 001 Sec. 4; <see cref="Cenns750Projection"/>, docs/validation.md).</summary>
public class Cenns750ProjectionTests(ITestOutputHelper output)
{
    private static PreparedExperiment Prepared => PreparedExperimentCache.Get(Cenns750Projection.Definition, BindingModel.FreeElectron);

    private static PreparedExperiment Cenns10 => PreparedExperimentCache.Get(CoherentLAr2020.Definition, BindingModel.FreeElectron);

    /// <summary>
    /// Hand calculation of the scale: (610 kg / 24.4 kg) × (3 yr × 7 GWh × 13.8×10²² POT/6.12 GWh) / 13.8×10²² POT
    /// = 25 × 21/6.12 = 85.784.
    /// </summary>
    [Fact]
    public void Scale_OverCenns10_MatchesHandCalculation() =>
        Tolerance.AssertRelative(25 * 21 / 6.12, Cenns750Projection.ScaleOverCenns10, 1e-12, "mass × POT ratio");

    /// <summary>
    /// Same response, baseline and r as coherent-lar: every bin of the SM CEvNS counts is the CENNS-10 prediction of this
    /// code × mass × POT (scaling law; 1%).
    /// </summary>
    [Fact]
    public void StandardModelCounts_AreCenns10CountsScaledByMassTimesPot()
    {
        double scale = 25 * 21 / 6.12;
        double ours = Prepared.StandardModelCounts.Sum(c => c.Sum());
        double cenns10 = Cenns10.StandardModelCounts.Sum(c => c.Sum());
        output.WriteLine($"SM CEvNS: CENNS-750 {ours:F1}, CENNS-10 {cenns10:F2}, ratio {ours / cenns10:F3}");
        Tolerance.AssertRelative(scale * cenns10, ours, 0.01, "CENNS-750 SM = CENNS-10 SM × 85.78");
        for (int k = 0; k < Prepared.Data.BinCount; k++)
        {
            double bin10 = Cenns10.StandardModelCounts.Sum(c => c[k]);
            if (bin10 > 1e-3)
            {
                Tolerance.AssertRelative(scale * bin10, Prepared.StandardModelCounts.Sum(c => c[k]), 0.01, $"bin {k}");
            }
        }
    }

    /// <summary>Background = the CENNS-10 predicted 3682 events × 85.78; Asimov data = SM + background in every bin.</summary>
    [Fact]
    public void AsimovData_AreStandardModelPlusScaledCenns10Background()
    {
        double scale = 25 * 21 / 6.12;
        Tolerance.AssertRelative(3682 * scale, Prepared.Backgrounds[0].CountsPerBin.Sum(), 0.001, "scaled CENNS-10 background");
        for (int k = 0; k < Prepared.Data.BinCount; k++)
        {
            double expected = Prepared.StandardModelCounts.Sum(c => c[k]) + Prepared.Backgrounds[0].CountsPerBin[k];
            Tolerance.AssertRelative(expected, Prepared.ObservedCounts[k], 1e-12, $"Asimov bin {k}");
        }
    }

    /// <summary>On Asimov data the best fit is μ = 0 with χ²_min = 0 (docs/likelihood.md).</summary>
    [Fact]
    public void Fit_OnAsimovData_HasBestFitZero()
    {
        var limit = MassPointFit.Fit([Prepared], CouplingHypothesis.Muon, 10, 0.9, []).Limit;
        Assert.Equal(0, limit.MuBestFitMuB);
        Tolerance.AssertAbsolute(0, limit.Chi2Min, 1e-9, "χ²_min on Asimov data");
    }

    /// <summary>m4 → 0: the limit at m4 = 10⁻⁴ MeV equals the magnetic-moment limit (m4 = 0) within 1%.</summary>
    [Fact]
    public void Limit_WhenM4TendsToZero_EqualsMagneticMomentLimitWithin1Percent()
    {
        double atZero = MassPointFit.Fit([Prepared], CouplingHypothesis.Muon, 0, 0.9, []).Limit.MuLimitMuB;
        double atSmall = MassPointFit.Fit([Prepared], CouplingHypothesis.Muon, 1e-4, 0.9, []).Limit.MuLimitMuB;
        output.WriteLine($"μ_μ4 < {atZero:E3} μ_B (m4 = 0), {atSmall:E3} μ_B (m4 = 1e-4 MeV)");
        Tolerance.AssertRelative(atZero, atSmall, 0.01, "m4 = 1e-4 MeV vs m4 = 0");
    }

    /// <summary>Seed 001 Fig. 3: CENNS-750 reaches further than CENNS-10; at m4 = 10 MeV its limit is finite and stronger.</summary>
    [Fact]
    public void Limit_AtTenMeV_IsFiniteAndStrongerThanCenns10()
    {
        double ours = MassPointFit.Fit([Prepared], CouplingHypothesis.Muon, 10, 0.9, []).Limit.MuLimitMuB;
        double cenns10 = MassPointFit.Fit([Cenns10], CouplingHypothesis.Muon, 10, 0.9, []).Limit.MuLimitMuB;
        output.WriteLine($"μ_μ4 at m4 = 10 MeV: CENNS-750 {ours:E3}, CENNS-10 {cenns10:E3} μ_B");
        Assert.True(double.IsFinite(ours) && ours > 0);
        Assert.True(ours < cenns10, $"CENNS-750 {ours:E3} should be below CENNS-10 {cenns10:E3}");
    }
}
