using DipolePortal.Physics.Rates;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.Rates;

public class DifferentialRateTests
{
    [Fact]
    public void TargetsPerTonne_WhenXenonElectrons_MatchesHandCalculation()
    {
        // 54 × 6.02214076×10²³ mol⁻¹ × 10⁶ g / 131.293 g mol⁻¹ = 2.476869×10²⁹ (hand calculation).
        Tolerance.AssertRelative(2.476869e29, DifferentialRate.TargetsPerTonne(54, 131.293), 1e-6, "electrons per tonne of natural xenon");
    }

    [Fact]
    public void PerTonneYearPerMeV_WhenOnePerSecondPerTarget_ScalesBySecondsPerYear()
    {
        // 1 s⁻¹ MeV⁻¹ per target × 10²⁰ targets × 3.15576×10⁷ s/yr (Julian year).
        Tolerance.AssertRelative(3.15576e27, DifferentialRate.PerTonneYearPerMeV(1.0, 1e20), 1e-12, "Julian-year conversion");
    }

    [Fact]
    public void Fill_WhenTwoComponents_SumsThemAtEveryNode()
    {
        // Two lines of flux Φ₁ = 1, Φ₂ = 2 cm⁻² s⁻¹, σ = 10⁻⁴⁰ cm² MeV⁻¹, N_t = 10³⁰: rate = 3 × 10⁻¹⁰ × 3.15576×10⁷.
        FluxComponent MakeLine(double flux) => new()
        {
            Name = "l",
            TotalFluxPerCm2PerS = flux,
            RelativeUncertainty = 0,
            IsAntineutrino = false,
            EnergiesMeV = [1.0],
            DensityPerMeV = [],
            ArrivingFlavors = [FlavorProbabilities.Pure(NeutrinoFlavor.Electron)],
        };
        double[] recoils = [0.001, 0.002];
        var rates = new double[2];

        DifferentialRate.Fill([MakeLine(1), MakeLine(2)], new(1, 1, 1), (_, _) => 1e-40, _ => 0.5, 1e30, recoils, rates);

        Tolerance.AssertRelative(3e-10 * PhysicalConstants.SecondsPerYear, rates[0], 1e-12, "sum of two lines");
        Tolerance.AssertRelative(rates[0], rates[1], 1e-12, "flat σ gives the same rate at every node");
    }
}
