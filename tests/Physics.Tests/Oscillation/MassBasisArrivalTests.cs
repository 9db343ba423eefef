using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Oscillation;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.Oscillation;

/// <summary>
/// The arriving mass-state probabilities behind the Λ_i4 hypotheses (seed 001 Sec. 2.1, docs/physics.md "Mass-basis
/// moments"): normalization, the PMNS row moduli of short-baseline sources, and consistency with P_ee.
/// </summary>
public class MassBasisArrivalTests
{
    private static readonly OscillationParameters NuFit = OscillationParameters.NuFit53NormalOrdering;

    [Fact]
    public void MixingMatrix_RowsAndColumns_SumToOne()
    {
        NeutrinoFlavor[] flavors = [NeutrinoFlavor.Electron, NeutrinoFlavor.Muon, NeutrinoFlavor.Tau];
        MassStateProbabilities[] rows = [.. flavors.Select(f => MixingMatrix.Row(f, NuFit))];
        Assert.All(rows, r => Assert.Equal(1.0, r.Sum, 1e-12));
        Assert.Equal(1.0, rows.Sum(r => r.Nu1), 1e-12);
        Assert.Equal(1.0, rows.Sum(r => r.Nu2), 1e-12);
        Assert.Equal(1.0, rows.Sum(r => r.Nu3), 1e-12);
        Assert.All(rows, r => Assert.True(r.Nu1 is >= 0 and <= 1 && r.Nu2 is >= 0 and <= 1 && r.Nu3 is >= 0 and <= 1));
    }

    [Fact]
    public void MixingMatrix_ElectronRow_IsNuFitHandValues()
    {
        // cos²θ₁₂ cos²θ₁₃ = 0.693 × 0.97776 = 0.67758768; sin²θ₁₂ cos²θ₁₃ = 0.307 × 0.97776 = 0.30017232; sin²θ₁₃ = 0.02224.
        MassStateProbabilities e = MixingMatrix.Row(NeutrinoFlavor.Electron, NuFit);
        Assert.Equal(0.67758768, e.Nu1, 1e-12);
        Assert.Equal(0.30017232, e.Nu2, 1e-12);
        Assert.Equal(0.02224, e.Nu3, 1e-12);
    }

    [Fact]
    public void MixingMatrix_MuonRow_AtDeltaZero_IsHandValue()
    {
        // δ = 0: |U_μ1|² = (s₁₂c₂₃ + c₁₂s₂₃s₁₃)² with s₁₂ = √0.307, c₂₃ = √0.546, c₁₂ = √0.693, s₂₃ = √0.454, s₁₃ = √0.02224.
        var p = NuFit with { DeltaCpDegrees = 0 };
        double amplitude = (Math.Sqrt(0.307 * 0.546)) + Math.Sqrt(0.693 * 0.454 * 0.02224);
        Assert.Equal(amplitude * amplitude, MixingMatrix.Row(NeutrinoFlavor.Muon, p).Nu1, 1e-12);
        Assert.Equal(0.454 * 0.97776, MixingMatrix.Row(NeutrinoFlavor.Muon, p).Nu3, 1e-12);
    }

    [Fact]
    public void SolarMassStates_ProjectedOnElectron_GiveDaySurvival()
    {
        // Σᵢ |U_ei|² Pᵢ = c₁₃²c₁₃ᵐ²(c₁₂²c₁₂ᵐ² + s₁₂²s₁₂ᵐ²) + s₁₃²s₁₃ᵐ² = seed 002 Eq. (4) exactly.
        MassStateProbabilities u = MixingMatrix.Row(NeutrinoFlavor.Electron, NuFit);
        foreach (double energyMeV in new[] { 0.1, 0.862, 5, 15 })
        {
            foreach (double ne in new[] { 1e24, 3e25, 6e25 })
            {
                MassStateProbabilities m = SolarElectronSurvival.MassStates(energyMeV, ne, NuFit);
                double projected = (u.Nu1 * m.Nu1) + (u.Nu2 * m.Nu2) + (u.Nu3 * m.Nu3);
                Assert.Equal(SolarElectronSurvival.DayProbability(energyMeV, ne, NuFit), projected, 1e-12);
            }
        }
    }

    [Fact]
    public void SolarComponents_EveryNode_MassStatesSumToOne()
    {
        foreach (SolarOscillationOptions options in new[] { SolarOscillationOptions.Default, SolarOscillationOptions.Default with { IncludeDayNightRegeneration = false } })
        {
            foreach (FluxComponent c in SolarNeutrinos.B16Gs98(options))
            {
                Assert.Equal(c.EnergiesMeV.Length, c.ArrivingMassStates.Length);
                Assert.All(c.ArrivingMassStates, m =>
                {
                    Assert.Equal(1.0, m.Sum, 1e-12);
                    Assert.True(m.Nu1 is >= 0 and <= 1 && m.Nu2 is >= 0 and <= 1 && m.Nu3 is >= 0 and <= 1, c.Name);
                });
            }
        }
    }

    [Fact]
    public void SolarPp_LowEnergy_IsNearVacuumMixing()
    {
        // pp at 0.1 MeV: β₁₂ ≈ 0.03, so P₁ ≈ c₁₂²c₁₃² = 0.678 within a few per cent (MSW pushes it down, towards ν₂).
        FluxComponent pp = SolarNeutrinos.B16Gs98(SolarOscillationOptions.Default).Single(c => c.Name == "pp");
        int node = pp.EnergiesMeV.IndexOf(pp.EnergiesMeV.First(e => e >= 0.1));
        Assert.InRange(pp.ArrivingMassStates[node].Nu1, 0.62, 0.6776);
        // ⁸B at 10 MeV: almost pure ν₂ (θ₁₂ᵐ → 90°).
        FluxComponent b8 = SolarNeutrinos.B16Gs98(SolarOscillationOptions.Default).Single(c => c.Name == "8B");
        int high = b8.EnergiesMeV.IndexOf(b8.EnergiesMeV.First(e => e >= 10));
        Assert.True(b8.ArrivingMassStates[high].Nu2 > 0.85, $"⁸B at 10 MeV: P₂ = {b8.ArrivingMassStates[high].Nu2}");
    }

    [Fact]
    public void ShortBaselineSources_MassStates_AreRowModuliOfTheProducedFlavor()
    {
        MassStateProbabilities e = MixingMatrix.Row(NeutrinoFlavor.Electron, NuFit);
        MassStateProbabilities mu = MixingMatrix.Row(NeutrinoFlavor.Muon, NuFit);
        FluxComponent reactor = Texono2010.Flux();
        Assert.Equal(reactor.EnergiesMeV.Length, reactor.ArrivingMassStates.Length);
        Assert.All(reactor.ArrivingMassStates, m => Assert.Equal(e, m));
        Assert.Equal(0.67758768, reactor.ArrivingMassStates[0].Nu1, 1e-12);
        Assert.All(Chromium51.LinesFromTotalFlux(1e5, 0.01), c => Assert.Equal(e, Assert.Single(c.ArrivingMassStates)));

        IReadOnlyList<FluxComponent> sns = PionDecayAtRest.Flux(0.08, 1e23, 20, 3e7);
        Assert.Equal(mu, Assert.Single(sns.Single(c => c.Name == "numu-prompt").ArrivingMassStates));
        Assert.All(sns.Single(c => c.Name == "nue-delayed").ArrivingMassStates, m => Assert.Equal(e, m));
        Assert.All(sns.Single(c => c.Name == "numubar-delayed").ArrivingMassStates, m => Assert.Equal(mu, m));
    }
}
