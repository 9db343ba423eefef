using System.Numerics;
using DipolePortal.Physics.Shining;
using static DipolePortal.Physics.Tests.CrossSections.DiracTrace;

namespace DipolePortal.Physics.Tests.Shining;

public class SterileDecayTests
{
    [Fact]
    public void MomentPerMeV_AtOneBohr_IsChargeOverTwoElectronMasses()
    {
        // √(4π/137.035999084)/(2 × 0.51099895 MeV) = 0.30282212/1.0219979 = 0.296304054 MeV⁻¹ (hand calculation).
        Tolerance.AssertRelative(0.296304054, SterileDecay.MomentPerMeV(1.0), 1e-8, "μ_B in MeV⁻¹");
    }

    [Fact]
    public void DecayWidthMeV_AtOneMeVAndTenToMinusEight_MatchesHandCalculation()
    {
        // μ = 1e-8 × 0.296304054 MeV⁻¹; Γ_D = μ²(1 MeV)³/(16π) = 1.74665e-19 MeV; cτ = 1.973e-11 MeV cm/Γ = 1.1297e8 cm.
        Tolerance.AssertRelative(1.746648e-19, SterileDecay.DecayWidthMeV(1.0, 1e-8, NeutrinoNature.Dirac), 1e-6, "Γ Dirac");
        Tolerance.AssertRelative(2 * 1.746648e-19, SterileDecay.DecayWidthMeV(1.0, 1e-8, NeutrinoNature.Majorana), 1e-6, "Γ Majorana = 2Γ Dirac");
        Tolerance.AssertRelative(1.129747e8, SterileDecay.ProperDecayLengthCm(1.0, 1e-8, NeutrinoNature.Dirac), 1e-6, "cτ");
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(7.0)]
    public void DecayWidthMeV_EqualsExplicitDiracSpinSum(double m4)
    {
        // Same vertex as the up-scattering spin sum (SpinSumTests): μσ^{αβ}q_β P_R for ν4 → ν γ, μ = 1 MeV⁻¹.
        // Γ = |k|/(8πm²) × ½Σ|M|², |k| = m/2, polarization sum −g_αρ.
        double[] p = [m4, 0, 0, 0];
        double[] q = [m4 / 2, m4 / 2 * Math.Sin(0.7), 0, m4 / 2 * Math.Cos(0.7)];
        double[] k = [p[0] - q[0], -q[1], 0, -q[3]];
        Complex sum = Complex.Zero;
        Complex[,] parent = Add(Slash(p), Scale(Identity, m4));
        for (int a = 0; a < 4; a++)
        {
            sum += -Metric[a] * Trace(Slash(k), SigmaDotQ(a, q), ProjectorRight, parent, ProjectorLeft, SigmaDotQ(a, q));
        }

        double width = (m4 / 2) / (8 * Math.PI * m4 * m4) * 0.5 * sum.Real;
        double muBohr = 1.0 / SterileDecay.MomentPerMeV(1.0);
        Tolerance.AssertRelative(width, SterileDecay.DecayWidthMeV(m4, muBohr, NeutrinoNature.Dirac), 1e-10, "Γ = μ²m³/(16π) vs spin sum");
    }

    [Fact]
    public void PhotonAsymmetry_Dirac_PhotonLeavesAgainstSpin_ByExplicitSpinSum()
    {
        // ν4 at rest with spin +ẑ (projector (1 + γ5 s̸)/2, s = (0,0,0,1)); photon at angle θ to ẑ: |M|² ∝ 1 − cosθ.
        const double m4 = 1.0;
        double Rate(double theta)
        {
            double[] p = [m4, 0, 0, 0];
            double[] q = [m4 / 2, m4 / 2 * Math.Sin(theta), 0, m4 / 2 * Math.Cos(theta)];
            double[] k = [m4 / 2, -q[1], 0, -q[3]];
            Complex[,] spin = Scale(Add(Identity, Mul(Gamma5, Slash([0, 0, 0, 1]), 1)), 0.5);
            Complex[,] parent = Mul(Add(Slash(p), Scale(Identity, m4)), spin, 1);
            Complex sum = Complex.Zero;
            for (int a = 0; a < 4; a++)
            {
                sum += -Metric[a] * Trace(Slash(k), SigmaDotQ(a, q), ProjectorRight, parent, ProjectorLeft, SigmaDotQ(a, q));
            }

            return sum.Real;
        }

        Tolerance.AssertAbsolute(0.0, Rate(0.0) / Rate(Math.PI / 2), 1e-12, "no photon along the spin");
        Tolerance.AssertRelative(2.0, Rate(Math.PI) / Rate(Math.PI / 2), 1e-12, "1 − cosθ");
        Tolerance.AssertRelative(1.5, Rate(2 * Math.PI / 3) / Rate(Math.PI / 2), 1e-12, "1 − cos120° = 1.5");
        Assert.Equal(-1.0, SterileDecay.PhotonAsymmetry(NeutrinoNature.Dirac));
        Assert.Equal(0.0, SterileDecay.PhotonAsymmetry(NeutrinoNature.Majorana));
    }

    [Fact]
    public void DecayLengthCm_ScalesAsMomentumOverMuSquaredMassToTheFourth()
    {
        double reference = SterileDecay.DecayLengthCm(0.5, 2.0, 1e-9, NeutrinoNature.Dirac);
        Tolerance.AssertRelative(reference / 4, SterileDecay.DecayLengthCm(0.5, 2.0, 2e-9, NeutrinoNature.Dirac), 1e-12, "μ⁻²");
        Tolerance.AssertRelative(reference / 16, SterileDecay.DecayLengthCm(1.0, 2.0, 1e-9, NeutrinoNature.Dirac), 1e-12, "m4⁻⁴ at fixed p4");
        Tolerance.AssertRelative(reference * 3, SterileDecay.DecayLengthCm(0.5, 6.0, 1e-9, NeutrinoNature.Dirac), 1e-12, "∝ p4");
        Tolerance.AssertRelative(reference / 2, SterileDecay.DecayLengthCm(0.5, 2.0, 1e-9, NeutrinoNature.Majorana), 1e-12, "Majorana half");

        // γβcτ by hand: p4/m4 = 4, cτ(0.5 MeV, 1e-9) = 1.129747e8 cm × 100 × 8 = 9.037976e10 cm.
        Tolerance.AssertRelative(4 * 9.037976e10, reference, 1e-6, "L = (p4/m4)ħc/Γ");
    }

    [Fact]
    public void DecayRegion_Probability_HasExactAndLimitingValues()
    {
        var region = new DecayRegion(1.0, 5.0);
        Tolerance.AssertRelative(Math.Exp(-1.0 / 3) - Math.Exp(-5.0 / 3), region.Probability(3.0), 1e-14, "exp(−d1/L) − exp(−d2/L)");
        Tolerance.AssertRelative(4.0 / 1e12, region.Probability(1e12), 1e-9, "long lifetime: (d2 − d1)/L");
        Tolerance.AssertRelative(1.0, DecayRegion.WithinFiveCm.Probability(1e-3), 1e-12, "short lifetime, d1 = 0: all inside");
        Tolerance.AssertAbsolute(0.0, region.Probability(1e-3), 1e-300, "short lifetime, d1 > 0: decays before the detector");
        Assert.False(new DecayRegion(2.0, 1.0).IsValid);
    }
}
