using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Oscillation;

namespace DipolePortal.Physics.Tests.Analysis;

/// <summary>
/// What the physics demands of the flavor limits (issue 3): the dipole signal of flavor ℓ is w_ℓ μ_ℓ² times one
/// m4-dependent spectrum shape, with w_e = ⟨P_ee⟩ and w_μ + w_τ = 1 − ⟨P_ee⟩ (seed 002 Eq. (3)). When the limit is set by
/// the signal's size, μ_ℓ,lim² ∝ 1/w_ℓ, so 1/μ_univ² = 1/μ_e² + 1/μ_μ² + 1/μ_τ² and μ_μ²/μ_τ² = sin²θ23/cos²θ23.
/// </summary>
public class FlavorConsistencyTests
{
    private static readonly IReadOnlyList<PreparedExperiment> Xenonnt = PreparedExperimentCache.Get([XenonNT2022.Definition.Id], BindingModel.FreeElectron);

    private static double Limit(CouplingHypothesis hypothesis, double m4MeV) =>
        MassPointFit.Fit(Xenonnt, hypothesis, m4MeV, 0.9, []).Limit.MuLimitMuB;

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.3)]
    public void Limits_WhenFlavorsCompared_WeightsAddUpAndUniversalIsStrongest(double m4MeV)
    {
        double e = Limit(CouplingHypothesis.Electron, m4MeV);
        double mu = Limit(CouplingHypothesis.Muon, m4MeV);
        double tau = Limit(CouplingHypothesis.Tau, m4MeV);
        double universal = Limit(CouplingHypothesis.Universal, m4MeV);

        Assert.True(universal < e && universal < mu && universal < tau, "the universal limit is the strongest");
        // The profile is not exactly quadratic in the signal size (nuisances, Poisson), hence 2%.
        Tolerance.AssertRelative(1 / (universal * universal), (1 / (e * e)) + (1 / (mu * mu)) + (1 / (tau * tau)), 0.02,
            "w_e + w_μ + w_τ = 1: 1/μ_univ² = Σ 1/μ_ℓ²");
        var theta = OscillationParameters.NuFit53NormalOrdering;
        Tolerance.AssertRelative(theta.SinSquaredTheta23 / theta.CosSquaredTheta23, (mu * mu) / (tau * tau), 0.02,
            "P_eμ/P_eτ = cot²θ23 ⇒ μ_μ²/μ_τ² = tan²θ23");
    }

    [Fact]
    public void Limits_WhenM4Grows_NeverGetStronger()
    {
        double[] massesMeV = [0.001, 0.01, 0.03, 0.1, 0.2, 0.3, 0.5];
        double previous = 0;
        foreach (double m4MeV in massesMeV)
        {
            double limit = Limit(CouplingHypothesis.Electron, m4MeV);
            // 0.2% slack: at the lightest masses the spectrum barely changes and the limit is flat.
            Assert.True(limit >= previous * 0.998, $"limit at m4 = {m4MeV} MeV ({limit:G4}) is stronger than at the lighter mass ({previous:G4})");
            previous = limit;
        }
    }
}
