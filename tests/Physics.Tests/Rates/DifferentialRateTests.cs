using DipolePortal.Physics.Rates;

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
}
