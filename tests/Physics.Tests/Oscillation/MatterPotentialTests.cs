using DipolePortal.Physics.Oscillation;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.Oscillation;

public class MatterPotentialTests
{
    [Fact]
    public void WolfensteinPotentialEV_WhenOneMolePerCm3_Is7Point63E14()
    {
        // √2 G_F N_A = 7.63×10⁻¹⁴ eV cm³ mol⁻¹, the textbook value (e.g. Maltoni & Smirnov, EPJA 52, 87 (2016)).
        double v = MatterPotential.WolfensteinPotentialEV(PhysicalConstants.AvogadroPerMol);
        Tolerance.AssertRelative(7.63e-14, v, 2e-3, "V per unit Y_e ρ");
    }

    [Fact]
    public void WolfensteinPotentialEV_ScalesLinearlyWithDensity()
    {
        double one = MatterPotential.WolfensteinPotentialEV(1e24);
        Tolerance.AssertRelative(100 * one, MatterPotential.WolfensteinPotentialEV(1e26), 1e-12, "V ∝ n_e");
    }

    [Theory]
    [InlineData(0.386, 0.0, 0.386)] // no matter: vacuum angle
    [InlineData(0.386, 0.386, 0.0)] // at resonance β = cos 2θ: maximal mixing
    [InlineData(0.386, 1e6, -1.0)] // matter dominated: ν_e = ν₂^m
    public void Cos2ThetaInMatter_AtLimits_MatchesAnalyticValue(double cos2Theta, double beta, double expected)
    {
        Tolerance.AssertAbsolute(expected, MatterPotential.Cos2ThetaInMatter(cos2Theta, beta), 1e-9, "two-level mixing in matter");
    }
}
