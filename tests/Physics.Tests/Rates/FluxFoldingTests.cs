using System.Collections.Immutable;
using DipolePortal.Physics.Rates;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.Rates;

public class FluxFoldingTests
{
    private const double FluxPerCm2PerS = 6.0e10;
    private const double CoefficientCm2 = 1e-45;
    private static readonly FlavorProbabilities ElectronOnly = FlavorProbabilities.Pure(NeutrinoFlavor.Electron);

    // Free-electron kinematics for ν e → ν₄ e: E_min = (m₄² + 2 m_e T) / (2(√(T² + 2 m_e T) − T)).
    private static double EminMeV(double recoilMeV, double m4MeV)
    {
        double me = PhysicalConstants.ElectronMassMeV;
        return (m4MeV * m4MeV + 2 * me * recoilMeV) / (2 * (Math.Sqrt(recoilMeV * recoilMeV + 2 * me * recoilMeV) - recoilMeV));
    }

    private static FluxComponent Continuum(double[] energiesMeV, double[] densityPerMeV, FlavorProbabilities[]? flavors = null) => new()
    {
        Name = "test",
        TotalFluxPerCm2PerS = FluxPerCm2PerS,
        RelativeUncertainty = 0,
        IsAntineutrino = false,
        EnergiesMeV = [.. energiesMeV],
        DensityPerMeV = [.. densityPerMeV],
        ArrivingFlavors = flavors is null ? [.. energiesMeV.Select(_ => ElectronOnly)] : [.. flavors],
    };

    private static FluxComponent Line(double energyMeV) => new()
    {
        Name = "line",
        TotalFluxPerCm2PerS = FluxPerCm2PerS,
        RelativeUncertainty = 0,
        IsAntineutrino = false,
        EnergiesMeV = [energyMeV],
        DensityPerMeV = ImmutableArray<double>.Empty,
        ArrivingFlavors = [new FlavorProbabilities(0.55, 0.3, 0.15)],
    };

    [Theory]
    [InlineData(0.001)]
    [InlineData(0.010)]
    [InlineData(0.100)]
    public void Rate_WhenFlatSpectrumAndMagneticMomentShape_MatchesAnalyticIntegral(double recoilMeV)
    {
        // Flat ρ = 1/(E₁ − E₀) on [0.05, 0.42] MeV; σ = c(1/T − 1/E). Hand integral:
        // Φ c/(E₁ − E₀) [(E₁ − E_min)/T − ln(E₁/E_min)] with E_min from m₄ = 0 kinematics (inside the spectrum).
        double e0 = 0.05, e1 = 0.42;
        var flat = Continuum([e0, 0.1, 0.2, 0.3, e1], [.. Enumerable.Repeat(1 / (e1 - e0), 5)]);
        double emin = Math.Max(e0, EminMeV(recoilMeV, 0));
        double expected = FluxPerCm2PerS * CoefficientCm2 / (e1 - e0) * ((e1 - emin) / recoilMeV - Math.Log(e1 / emin));

        double actual = FluxFolding.RatePerTargetPerSPerMeV(
            flat, ElectronOnly, (e, t) => CoefficientCm2 * (1 / t - 1 / e), t => EminMeV(t, 0), recoilMeV);

        Tolerance.AssertRelative(expected, actual, 1e-9, "flat spectrum × c(1/T − 1/E), closed form");
    }

    [Fact]
    public void Rate_WhenTriangularSpectrumAndEminInsideNodeInterval_MatchesAnalyticIntegral()
    {
        // ρ: nodes (1, 3, 5) MeV with (0, 0.5, 0) MeV⁻¹ (area 1); σ = c/E; E_min = 2.2 MeV inside [1, 3].
        // ∫_{2.2}^{3} ¼(E − 1) c/E dE + ∫_3^5 ¼(5 − E) c/E dE = ¼c[(0.8 − ln(3/2.2)) + (5 ln(5/3) − 2)].
        var triangle = Continuum([1, 3, 5], [0, 0.5, 0]);
        double expected = FluxPerCm2PerS * 0.25 * CoefficientCm2 * (0.8 - Math.Log(3 / 2.2) + 5 * Math.Log(5.0 / 3) - 2);

        double actual = FluxFolding.RatePerTargetPerSPerMeV(triangle, ElectronOnly, (e, _) => CoefficientCm2 / e, _ => 2.2, 0.01);

        Tolerance.AssertRelative(expected, actual, 1e-10, "triangle × c/E with E_min inside a node interval, closed form");
    }

    [Fact]
    public void Rate_WhenFlavorProbabilitiesVary_WeightsEachFlavorSeparately()
    {
        // Flat ρ on [1, 2]; P_e falls linearly 1 → 0 while P_μ rises 0 → 1; σ = c constant.
        // Weight (1,0,0): Φ c ∫ρ P_e = Φ c/2; weight (0,2,0): Φ c; weight (1,1,1): Φ c.
        var mixing = Continuum([1, 2], [1, 1], [new(1, 0, 0), new(0, 1, 0)]);
        double Fold(FlavorProbabilities w) => FluxFolding.RatePerTargetPerSPerMeV(mixing, w, (_, _) => CoefficientCm2, _ => 0.5, 0.01);

        Tolerance.AssertRelative(0.5 * FluxPerCm2PerS * CoefficientCm2, Fold(new(1, 0, 0)), 1e-12, "∫ρP_e = 1/2");
        Tolerance.AssertRelative(FluxPerCm2PerS * CoefficientCm2, Fold(new(0, 2, 0)), 1e-12, "2∫ρP_μ = 1");
        Tolerance.AssertRelative(FluxPerCm2PerS * CoefficientCm2, Fold(new(1, 1, 1)), 1e-12, "Σ_ℓ P_ℓ = 1");
    }

    [Theory]
    [InlineData(0.8619, 0.8620, true)]
    [InlineData(0.8621, 0.8620, false)]
    [InlineData(0.8620, 0.8620, true)]
    public void Rate_WhenLineNearEmin_IsFullOrZero(double eminMeV, double lineMeV, bool contributes)
    {
        // A line contributes Φ (w·P) σ(E_line) iff E_line ≥ E_min (seed 001 Eq. (21) with a δ spectrum).
        var weights = new FlavorProbabilities(1, 0, 0);
        double sigma = CoefficientCm2 * (1 / 0.01 - 1 / lineMeV);
        double expected = contributes ? FluxPerCm2PerS * 0.55 * sigma : 0;

        double actual = FluxFolding.RatePerTargetPerSPerMeV(Line(lineMeV), weights, (e, t) => CoefficientCm2 * (1 / t - 1 / e), _ => eminMeV, 0.01);

        Tolerance.AssertAbsolute(expected, actual, 1e-12 * FluxPerCm2PerS * sigma, "line just above/below/at E_min");
    }

    [Fact]
    public void Rate_WhenEminAboveEndpoint_IsZero()
    {
        var flat = Continuum([0.1, 0.42], [1 / 0.32, 1 / 0.32]);
        double actual = FluxFolding.RatePerTargetPerSPerMeV(flat, ElectronOnly, (_, _) => CoefficientCm2, _ => 0.5, 0.01);
        Tolerance.AssertAbsolute(0, actual, 0, "no neutrino above E_min");
    }

    [Theory]
    [InlineData(0.001, 0.05)]
    [InlineData(0.010, 0.10)]
    [InlineData(0.030, 0.20)]
    public void Rate_WhenSteepDipoleBracketOnCoarsePpLikeSpectrum_AgreesWithRefinedRuleToPointOnePercent(double recoilMeV, double m4MeV)
    {
        // Realistic steep case: a pp-like shape ρ ∝ E²(Q − E)² on 15 coarse nodes, the full m₄ bracket of seed 002 Eq. (2)
        // (clipped at 0), E_min from ν e → ν₄ e kinematics. Reference: composite Simpson on 4 × 100 000 intervals of the same
        // interpolated integrand, independent of the Gauss–Legendre rule.
        const double q = 0.42;
        double[] nodes = [.. Enumerable.Range(0, 15).Select(i => q * i / 14.0)];
        double[] raw = [.. nodes.Select(e => e * e * (q - e) * (q - e))];
        double norm = 0;
        for (int i = 0; i + 1 < nodes.Length; i++)
        {
            norm += 0.5 * (raw[i] + raw[i + 1]) * (nodes[i + 1] - nodes[i]);
        }

        var pp = Continuum(nodes, [.. raw.Select(r => r / norm)]);
        double me = PhysicalConstants.ElectronMassMeV;
        double Dsigma(double e, double t)
        {
            double bracket = 1 / t - 1 / e
                - m4MeV * m4MeV / (2 * t * e * me) * (1 - t / (2 * e) + me / (2 * e))
                - Math.Pow(m4MeV, 4) / (8 * me * t * t * e * e) * (1 - t / me);
            return CoefficientCm2 * Math.Max(0, bracket);
        }

        double emin = EminMeV(recoilMeV, m4MeV);
        double actual = FluxFolding.RatePerTargetPerSPerMeV(pp, ElectronOnly, Dsigma, t => EminMeV(t, m4MeV), recoilMeV);

        double Integrand(double e)
        {
            int i = Math.Min((int)(e / (q / 14.0)), 13);
            double f = (e - nodes[i]) / (nodes[i + 1] - nodes[i]);
            double rho = (raw[i] + f * (raw[i + 1] - raw[i])) / norm;
            return rho * Dsigma(e, recoilMeV);
        }

        const int intervals = 400_000;
        double h = (q - emin) / intervals;
        double simpson = Integrand(emin) + Integrand(q);
        for (int k = 1; k < intervals; k++)
        {
            simpson += (k % 2 == 1 ? 4 : 2) * Integrand(emin + k * h);
        }

        double reference = FluxPerCm2PerS * simpson * h / 3;
        Assert.True(reference > 0, "the test case must be kinematically open");
        Tolerance.AssertRelative(reference, actual, 1e-4, "piecewise Gauss–Legendre vs refined Simpson, steep dipole bracket (requirement 0.1%; measured < 1e-7)");
    }
}
