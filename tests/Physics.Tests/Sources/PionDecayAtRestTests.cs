using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.Sources;

public class PionDecayAtRestTests
{
    // COHERENT-CsI 2017 inputs (Science 357, 1123 (2017)): r = 0.08, 1.76e23 POT, L = 19.3 m; one year of live time.
    private static readonly IReadOnlyList<FluxComponent> Components = PionDecayAtRest.Flux(0.08, 1.76e23, 19.3, PhysicalConstants.SecondsPerYear);

    [Fact]
    public void PromptLineEnergyMeV_FromPdgMasses_Is29Point79()
    {
        // (m_π² − m_μ²)/(2m_π) with PDG 2024 m_π = 139.57039, m_μ = 105.6583755 MeV: 29.792 MeV by hand.
        Tolerance.AssertRelative(29.792, PionDecayAtRest.PromptLineEnergyMeV, 1e-4, "π → μν line");
        Tolerance.AssertRelative(29.792, Components[0].EnergiesMeV.Single(), 1e-4, "prompt component");
    }

    [Fact]
    public void Flux_EachFlavor_IsRNpotOver4PiL2PerLiveTime()
    {
        // 0.08 × 1.76e23/(4π (1930 cm)²) = 3.008e14 cm⁻²; / 3.15576e7 s = 9.532e6 cm⁻² s⁻¹ (hand calculation).
        double expected = 0.08 * 1.76e23 / (4 * Math.PI * 1930.0 * 1930.0) / 3.15576e7;
        Tolerance.AssertRelative(9.532e6, expected, 1e-3, "hand value");
        Assert.All(Components, c => Tolerance.AssertRelative(expected, c.TotalFluxPerCm2PerS, 1e-12, c.Name));
        Assert.Equal(["numu-prompt", "nue-delayed", "numubar-delayed"], Components.Select(c => c.Name));
        Assert.Equal([false, false, true], Components.Select(c => c.IsAntineutrino));
        Assert.Equal(
            [NeutrinoFlavor.Muon, NeutrinoFlavor.Electron, NeutrinoFlavor.Muon],
            Components.Select(c => c.ArrivingFlavors[0].Muon == 1 ? NeutrinoFlavor.Muon : NeutrinoFlavor.Electron));
    }

    [Theory]
    [InlineData(1, 0.6 * 105.6583755 / 2)]   // ν_e: ⟨E⟩ = (3/5)(m_μ/2) = 31.70 MeV (∫x³(½−x)·192 dx = 0.3)
    [InlineData(2, 0.7 * 105.6583755 / 2)]   // ν̄_μ: ⟨E⟩ = (7/10)(m_μ/2) = 36.98 MeV (∫x³(¾−x)·64 dx = 0.35)
    public void Flux_DelayedShapes_AreNormalizedMichelSpectra(int index, double meanMeV)
    {
        FluxComponent c = Components[index];
        Tolerance.AssertRelative(1.0, SolarNeutrinosTests.Trapezoid(c.EnergiesMeV, c.DensityPerMeV), 1e-12, "normalized");
        Tolerance.AssertRelative(105.6583755 / 2, c.EndpointMeV, 1e-12, "end point m_μ/2");
        double mean = SolarNeutrinosTests.Trapezoid(c.EnergiesMeV, c.DensityPerMeV.Select((d, i) => d * c.EnergiesMeV[i]).ToArray());
        Tolerance.AssertRelative(meanMeV, mean, 1e-4, "mean energy");
    }

    [Fact]
    public void ElectronNeutrinoDensity_AtPeak_MatchesAnalyticMaximum()
    {
        // (192/m)(x²)(½ − x) peaks at x = 1/3: 192/(m·54) = 3.3650e-2 MeV⁻¹.
        Tolerance.AssertRelative(192 / (105.6583755 * 54), PionDecayAtRest.ElectronNeutrinoDensityPerMeV(105.6583755 / 3), 1e-12, "peak");
        Assert.Equal(0, PionDecayAtRest.ElectronNeutrinoDensityPerMeV(53.0));
    }
}
