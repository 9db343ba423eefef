using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.CrossSections;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;
using Xunit.Abstractions;

namespace DipolePortal.Physics.Tests.Experiments;

/// <summary>The ⁵¹Cr projections of seed 001 Sec. 3.4 (<see cref="Chromium51Projections"/>; docs/validation.md).</summary>
public class Chromium51ProjectionsTests(ITestOutputHelper output)
{
    /// <summary>
    /// Hand calculation: τ = 27.7025 d/ln 2 = 39.966 d, ⟨A⟩ = 5 MCi·τ(1 − e^(−100/τ))/100 d = 1.8346 MCi = 6.788×10¹⁶ Bq,
    /// Φ = ⟨A⟩/(4π (25 cm)²) = 8.643×10¹² cm⁻² s⁻¹ summed over the four lines.
    /// </summary>
    [Fact]
    public void CevnsFlux_AtTwentyFiveCentimetres_MatchesHandCalculation()
    {
        double total = Chromium51Projections.Germanium.Flux().Sum(c => c.TotalFluxPerCm2PerS);
        Tolerance.AssertRelative(8.643e12, total, 1e-3, "mean ⁵¹Cr flux of 5 MCi over 100 d at 25 cm");
    }

    /// <summary>Seed 001 Eq. (27): background = 20% of the SM counts, so the Asimov data are 1.2 × SM in every bin.</summary>
    [Theory]
    [InlineData("cr51-ge")]
    [InlineData("cr51-lxe-b")]
    public void AsimovData_AreStandardModelPlusTwentyPercent(string id)
    {
        PreparedExperiment prepared = PreparedExperimentCache.Get([id], BindingModel.FreeElectron)[0];
        for (int k = 0; k < prepared.Data.BinCount; k++)
        {
            double standardModel = prepared.StandardModelCounts.Sum(c => c[k]);
            Assert.True(standardModel > 0, $"bin {k} of {id} has SM counts");
            Tolerance.AssertRelative(1.2 * standardModel, prepared.ObservedCounts[k], 1e-12, $"Asimov bin {k} of {id}");
            Tolerance.AssertRelative(0.2 * standardModel, prepared.Backgrounds[0].CountsPerBin[k], 1e-12, $"background bin {k}");
        }
    }

    /// <summary>The exposure of setup C (10 MCi, 100 d) is twice the time-averaged flux of B (5 MCi, 100 d): SM counts double.</summary>
    [Fact]
    public void XenonSetupC_HasTwiceTheStandardModelCountsOfB()
    {
        double b = PreparedExperimentCache.Get(["cr51-lxe-b"], BindingModel.FreeElectron)[0].StandardModelCounts.Sum(c => c.Sum());
        double c = PreparedExperimentCache.Get(["cr51-lxe-c"], BindingModel.FreeElectron)[0].StandardModelCounts.Sum(x => x.Sum());
        output.WriteLine($"SM ν–e counts: B {b:F0}, C {c:F0}");
        Tolerance.AssertRelative(2 * b, c, 1e-9, "setup C = 2 × setup B");
    }

    /// <summary>As m4 → 0 the limit is the ordinary magnetic-moment limit (seed 001 Sec. 2.3): m4 = 1 keV vs m4 = 0 within 1%.</summary>
    [Theory]
    [InlineData("cr51-ge")]
    [InlineData("cr51-si")]
    [InlineData("cr51-al2o3")]
    [InlineData("cr51-cawo4")]
    [InlineData("cr51-lxe-a")]
    public void Limit_AtVanishingM4_IsTheOrdinaryMagneticMomentLimit(string id)
    {
        var prepared = PreparedExperimentCache.Get([id], BindingModel.FreeElectron);
        double massless = MassPointFit.Fit(prepared, CouplingHypothesis.Electron, 0, 0.9, []).Limit.MuLimitMuB;
        double light = MassPointFit.Fit(prepared, CouplingHypothesis.Electron, 1e-3, 0.9, []).Limit.MuLimitMuB;
        output.WriteLine($"{id}: μ_e4 < {massless:E3} μ_B (m4 = 0), {light:E3} μ_B (m4 = 1 keV)");
        Assert.True(double.IsFinite(massless) && massless > 0);
        Tolerance.AssertRelative(massless, light, 0.01, $"{id} limit at m4 = 1 keV vs 0");
    }

    /// <summary>
    /// Seed 001 Secs. 2.3 and 4 say the weak–magnetic interference matters only for ⁵¹Cr ν–e. Benchmark m4 = 0.1 MeV,
    /// μ_e4 = 10⁻¹¹ μ_B, U_e4 = 0.01, T ∈ [1 keV, T_max]: |∫ interference dT| / ∫ magnetic dT is 1.08×10⁻³ for the 747 keV
    /// line, 1.18×10⁻³ for a 3 MeV reactor ν̄_e and 2.35×10⁻³ for a 30 MeV π-DAR ν_e. At fixed (μ, U) the ratio does not
    /// single out ⁵¹Cr; it scales as U/μ, so it grows only where an experiment reaches small μ (docs/validation.md).
    /// </summary>
    [Theory]
    [InlineData(0.747, false, 1.075e-3)]
    [InlineData(3.0, true, 1.180e-3)]
    [InlineData(30.0, false, 2.348e-3)]
    public void Interference_RelativeToMagnetic_AtBenchmark(double energyMeV, bool antineutrino, double expectedRatio)
    {
        double ratio = InterferenceOverMagnetic(energyMeV, antineutrino, 1e-11);
        output.WriteLine($"|I|/M at E = {energyMeV} MeV: {ratio:E3}");
        Tolerance.AssertRelative(expectedRatio, ratio, 0.01, $"interference/magnetic at E = {energyMeV} MeV");
        Tolerance.AssertRelative(10 * ratio, InterferenceOverMagnetic(energyMeV, antineutrino, 1e-12), 1e-9, "ratio ∝ 1/μ");
    }

    private static double InterferenceOverMagnetic(double energyMeV, bool antineutrino, double muBohr)
    {
        const double m4MeV = 0.1;
        const double mixing = 0.01;
        const int steps = 20000;
        RecoilInterval allowed = RecoilKinematics.AllowedRecoilMeV(energyMeV, PhysicalConstants.ElectronMassMeV, m4MeV);
        double low = Math.Max(1e-3, allowed.MinMeV);
        double high = allowed.MaxMeV;
        double interference = 0;
        double magnetic = 0;
        for (int i = 0; i <= steps; i++)
        {
            double t = low + ((high - low) * i / steps);
            double weight = (i == 0 || i == steps ? 0.5 : 1) * (high - low) / steps;
            interference += weight * ElectronScattering.InterferenceDsigmaDtCm2PerMeV(
                NeutrinoFlavor.Electron, antineutrino, energyMeV, t, m4MeV, muBohr, mixing);
            magnetic += weight * ElectronScattering.DipoleDsigmaDtCm2PerMeV(energyMeV, t, m4MeV, muBohr);
        }

        return Math.Abs(interference) / magnetic;
    }
}
