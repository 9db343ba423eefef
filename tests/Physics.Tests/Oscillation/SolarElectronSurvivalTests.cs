using DipolePortal.Physics.Oscillation;

namespace DipolePortal.Physics.Tests.Oscillation;

public class SolarElectronSurvivalTests
{
    private static readonly OscillationParameters NuFit = OscillationParameters.NuFit53NormalOrdering;

    [Fact]
    public void DayProbability_WhenNoMatter_IsVacuumAverage()
    {
        // Averaged vacuum oscillation: P_ee = cos⁴θ₁₃ (1 − ½ sin²2θ₁₂) + sin⁴θ₁₃.
        double s12 = NuFit.SinSquaredTheta12, s13 = NuFit.SinSquaredTheta13;
        double expected = (1 - s13) * (1 - s13) * (1 - 2 * s12 * (1 - s12)) + s13 * s13;
        Tolerance.AssertRelative(expected, SolarElectronSurvival.DayProbability(5.0, 0.0, NuFit), 1e-12, "n_e = 0");
    }

    [Fact]
    public void DayProbability_WhenMatterDominated_IsCos4Theta13Sin2Theta12()
    {
        // β₁₂ ≫ 1 with β₁₃ ≪ 1 (very low Δm²₂₁): ν_e leaves as ν₂, P_ee → cos⁴θ₁₃ sin²θ₁₂ + sin⁴θ₁₃.
        var p = NuFit with { DeltaMSquared21EV2 = 1e-9 };
        double s12 = p.SinSquaredTheta12, s13 = p.SinSquaredTheta13;
        double expected = (1 - s13) * (1 - s13) * s12 + s13 * s13;
        Tolerance.AssertRelative(expected, SolarElectronSurvival.DayProbability(1.0, 6e25, p), 1e-3, "adiabatic ν₂ limit");
    }

    [Fact]
    public void NightMinusDay_WhenNoEarthMatter_IsZero()
    {
        var vacuumEarth = new EarthMantleModel(0, 0.5, 0.5);
        Tolerance.AssertAbsolute(0, SolarElectronSurvival.NightMinusDay(10, 6e25, NuFit, vacuumEarth), 1e-15, "no regeneration in vacuum");
    }
}
