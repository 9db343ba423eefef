using DipolePortal.Physics.Shining;
using DipolePortal.Physics.Sources;

namespace DipolePortal.Physics.Tests.Shining;

public class ShiningCevnsTests
{
    private static readonly NucleusSetup Germanium = NucleusSetup.Chooz("Ge73", 0.01);

    [Fact]
    public void Chooz_TwoCores_FluxIsInverseSquareSumNearHandEstimate()
    {
        double near = ReactorAntineutrinos.Flux(Germanium.Reactors[0]).TotalFluxPerCm2PerS;
        double total = Germanium.Reactors.Sum(r => ReactorAntineutrinos.Flux(r).TotalFluxPerCm2PerS);
        Tolerance.AssertRelative(near * (1 + 72.0 * 72.0 / (102.0 * 102.0)), total, 1e-12, "72 m and 102 m cores");

        // Hand estimate: 4.25 GW / (205.37 MeV × 1.602e-13 J/MeV) = 1.2917e20 fissions/s, × 6 ν̄/fission / (4π (7200 cm)²)
        // × 1.4983 = 1.78e12 cm⁻² s⁻¹. The sources give 5.7 ν̄/fission (ReactorAntineutrinosTests), hence 10%.
        Tolerance.AssertRelative(1.78e12, total, 0.10, "VNS flux");
    }

    [Fact]
    public void ExpectedEvents_LongLifetime_ScalesAsMuToTheFourth()
    {
        // L ≈ 1e12 cm ≫ 5 cm: N ∝ μ² (production) × 5 cm/L ∝ μ² → μ⁴.
        double one = ShiningCevns.ExpectedEvents(Germanium, 1.0, 1e-10, NeutrinoNature.Dirac);
        double two = ShiningCevns.ExpectedEvents(Germanium, 1.0, 2e-10, NeutrinoNature.Dirac);
        Assert.True(one > 0);
        Tolerance.AssertRelative(16.0, two / one, 1e-9, "μ⁴");
        Tolerance.AssertRelative(2.0 * one, ShiningCevns.ExpectedEvents(Germanium, 1.0, 1e-10, NeutrinoNature.Majorana), 1e-9,
            "Majorana: twice the width, twice the decays in 5 cm");
    }

    [Fact]
    public void ExpectedEvents_ShortLifetime_EqualsMaximumAndScalesAsMuSquared()
    {
        // m4 = 2 MeV, μ = 1e-3 μ_B: cτ = 1.4e-3 cm, so every ν4 decays within 5 cm: N = "max", ∝ μ².
        double maximum = ShiningCevns.MaximumEvents(Germanium, 2.0, 1e-3);
        Tolerance.AssertRelative(maximum, ShiningCevns.ExpectedEvents(Germanium, 2.0, 1e-3, NeutrinoNature.Dirac), 1e-9, "all decay inside");
        Tolerance.AssertRelative(4.0 * maximum, ShiningCevns.MaximumEvents(Germanium, 2.0, 2e-3), 1e-12, "μ²");
        Tolerance.AssertRelative(4.0, ShiningCevns.ExpectedEvents(Germanium, 2.0, 2e-3, NeutrinoNature.Dirac) / maximum, 1e-9, "μ²");
    }

    [Fact]
    public void MaximumEvents_ScalesWithMassExposureAndEfficiency()
    {
        double reference = ShiningCevns.MaximumEvents(Germanium, 0.5, 1e-9);
        Tolerance.AssertRelative(100 * reference, ShiningCevns.MaximumEvents(NucleusSetup.Chooz("Ge73", 1.0), 0.5, 1e-9), 1e-12, "1 kg / 10 g");
        Tolerance.AssertRelative(0.3 * reference, ShiningCevns.MaximumEvents(Germanium with { PhotonEfficiency = 0.3 }, 0.5, 1e-9), 1e-12, "ε_γ");
        Assert.True(ShiningCevns.MaximumEvents(Germanium with { RecoilThresholdEV = 100 }, 0.5, 1e-9) < reference, "higher threshold, fewer");
        Assert.Throws<ArgumentOutOfRangeException>(() => ShiningCevns.MaximumEvents(Germanium with { TargetMassKg = -1 }, 0.5, 1e-9));
    }

    [Theory]
    [InlineData(NeutrinoNature.Dirac)]
    [InlineData(NeutrinoNature.Majorana)]
    public void PhotonDistributions_SumToExpectedEventsAndRespectEnergyConservation(NeutrinoNature nature)
    {
        double expected = ShiningCevns.ExpectedEvents(Germanium, 1.0, 1e-8, nature);
        double[] energyEdges = [.. Enumerable.Range(0, 51).Select(i => 0.2 * i)];
        PhotonHistogram spectrum = ShiningCevns.PhotonEnergySpectrum(Germanium, 1.0, 1e-8, nature, energyEdges);
        Tolerance.AssertRelative(expected, spectrum.Total, 1e-9, "∫ dN/dE_γ = N");
        Tolerance.AssertRelative(1.0, spectrum.Density.Select(d => d * 0.2).Sum(), 1e-12, "density normalized");

        // E_γ ≤ (E4 + p4)/2 < E_ν ≤ 8 MeV (end of the reactor spectrum): nothing above 8 MeV.
        Tolerance.AssertAbsolute(0.0, spectrum.Counts.Skip(40).Sum(), 1e-300, "E_γ ≤ 8 MeV");

        double[] angleEdges = [.. Enumerable.Range(0, 21).Select(i => -1 + 0.1 * i)];
        PhotonHistogram angles = ShiningCevns.PhotonAngularDistribution(Germanium, 1.0, 1e-8, nature, angleEdges);
        Tolerance.AssertRelative(expected, angles.Total, 1e-9, "∫ dN/dcosθ_γ = N");
        Assert.All(angles.Counts, c => Assert.True(c > 0));
    }

    [Theory]
    [InlineData("Ge73")]
    [InlineData("Al2O3")]
    [InlineData("CaWO4")]
    public void MeanPhotonEnergy_MajoranaIsHarderThanDirac(string target)
    {
        // Seed 004: "the energy is higher for Majorana sterile neutrinos". Dirac ν4 is made with helicity ≈ +1 (P_L ≈ 1)
        // and emits against its spin, i.e. backwards: softer photons; Majorana emission is isotropic.
        NucleusSetup setup = NucleusSetup.Chooz(target, 0.01);
        double dirac = ShiningCevns.MeanPhotonEnergyMeV(setup, 1.0, 1e-8, NeutrinoNature.Dirac);
        double majorana = ShiningCevns.MeanPhotonEnergyMeV(setup, 1.0, 1e-8, NeutrinoNature.Majorana);
        Assert.True(majorana > 1.3 * dirac, $"{target}: ⟨E_γ⟩ Majorana {majorana:F3} MeV vs Dirac {dirac:F3} MeV");
    }

    [Fact]
    public void MeanPhotonEnergy_AgreesWithBinnedSpectrum()
    {
        double[] edges = [.. Enumerable.Range(0, 401).Select(i => 0.02 * i)];
        foreach (NeutrinoNature nature in new[] { NeutrinoNature.Dirac, NeutrinoNature.Majorana })
        {
            double binned = ShiningCevns.PhotonEnergySpectrum(Germanium, 0.5, 1e-8, nature, edges).BinnedMean;
            Tolerance.AssertRelative(ShiningCevns.MeanPhotonEnergyMeV(Germanium, 0.5, 1e-8, nature), binned, 1e-3, "exact vs 20 keV bins");
        }
    }

    [Fact]
    public void EventGrid_MatchesPointwiseEvents()
    {
        ShiningEventGrid grid = ShiningCevns.EventGrid(Germanium, [0.3, 2.0], [1e-9, 1e-5], NeutrinoNature.Majorana);
        Tolerance.AssertRelative(ShiningCevns.ExpectedEvents(Germanium, 2.0, 1e-5, NeutrinoNature.Majorana), grid.Events[1][1], 1e-12, "grid");
        Tolerance.AssertRelative(ShiningCevns.MaximumEvents(Germanium, 0.3, 1e-9), grid.MaximumEvents[0][0], 1e-12, "max grid");
        Assert.True(grid.Events[0][0] < grid.MaximumEvents[0][0]);
    }

    [Fact]
    public void PhotonAngularDistribution_WithoutRecoilThreshold_IsForwardAndWithTwentyEVIsBroad()
    {
        // Seed 004: photons leave mostly between 0 and π/2 of the beam. Small-T (forward-ν4) up-scattering dominates
        // (dσ/dT ∝ 1/T) only without a recoil threshold; at T ≥ 20 eV on Ge, |q| ≥ 1.65 MeV ~ E_ν and ν4 go wide.
        double[] edges = [-1.0, 0.0, 1.0];
        foreach (NeutrinoNature nature in new[] { NeutrinoNature.Dirac, NeutrinoNature.Majorana })
        {
            PhotonHistogram open = ShiningCevns.PhotonAngularDistribution(Germanium with { RecoilThresholdEV = 0 }, 1.0, 1e-8, nature, edges);
            PhotonHistogram coincidence = ShiningCevns.PhotonAngularDistribution(Germanium, 1.0, 1e-8, nature, edges);
            double openForward = open.Counts[1] / open.Total;
            double coincidenceForward = coincidence.Counts[1] / coincidence.Total;
            Assert.True(openForward > 0.65, $"{nature}: forward fraction without threshold {openForward:F3}");
            Assert.InRange(coincidenceForward, 0.5, 0.6);
        }
    }
}
