using System.Numerics;
using DipolePortal.Physics.CrossSections;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Shining;
using static DipolePortal.Physics.Tests.CrossSections.DiracTrace;

namespace DipolePortal.Physics.Tests.Shining;

public class SterilePolarizationTests
{
    [Theory]
    [InlineData(3.0, 1.0, 20.0, 0.3)]
    [InlineData(2.0, 0.5, 9315.0, 0.7)]
    [InlineData(8.0, 3.0, 67900.0, 0.05)]
    [InlineData(1.0, 0.01, 67900.0, 0.5)]
    public void BracketFromSpinAlgebra_EqualsSeed001Eq17Bracket(double e, double m4, double mass, double fraction)
    {
        // k′·V/(4MQ⁴E²) must be the cross-section bracket exactly: the polarization algebra reproduces the rate.
        RecoilInterval allowed = RecoilKinematics.AllowedRecoilMeV(e, mass, m4);
        double t = allowed.MinMeV + fraction * (allowed.MaxMeV - allowed.MinMeV);
        Tolerance.AssertRelative(DipoleBracket.RawPerMeV(e, t, mass, m4), SterilePolarization.BracketFromSpinAlgebraPerMeV(e, t, mass, m4), 1e-7,
            "spin-algebra rate vs seed 001 Eq. (17)");
    }

    [Theory]
    [InlineData(3.0, 1.0, 20.0, 0.3)]
    [InlineData(3.0, 1.0, 20.0, 0.9)]
    [InlineData(2.0, 1.2, 50.0, 0.5)]
    public void FromUpscattering_EqualsExplicitDiracSpinSumWithSpinProjector(double e, double m4, double mass, double fraction)
    {
        // ν(k) A(P) → ν4(k′) A(P′), point spin-½ target, vertex σ^{αβ}q_β P_L; |M(s)|² with u ū = (k̸′ + m4)(1 + γ5 s̸)/2.
        RecoilInterval allowed = RecoilKinematics.AllowedRecoilMeV(e, mass, m4);
        double t = allowed.MinMeV + fraction * (allowed.MaxMeV - allowed.MinMeV);
        double pA = Math.Sqrt(t * t + 2 * mass * t);
        double cosA = (m4 * m4 + 2 * e * t + 2 * mass * t) / (2 * e * pA);
        double sinA = Math.Sqrt(1 - cosA * cosA);
        double[] k = [e, 0, 0, e];
        double[] p = [mass, 0, 0, 0];
        double[] pPrime = [mass + t, pA * sinA, 0, pA * cosA];
        double[] kPrime = [e - t, -pPrime[1], 0, e - pPrime[3]];
        double[] q = [t, pPrime[1], 0, pPrime[3]];
        double p4 = Math.Sqrt(kPrime[1] * kPrime[1] + kPrime[3] * kPrime[3]);
        double[] direction = [kPrime[1] / p4, 0, kPrime[3] / p4];
        double sin4 = Math.Sqrt(1 - direction[2] * direction[2]);
        double[] longitudinal = [p4 / m4, kPrime[0] / m4 * direction[0], 0, kPrime[0] / m4 * direction[2]];
        double[] transverse = [0, -direction[2] * direction[0] / sin4, 0, (1 - direction[2] * direction[2]) / sin4];

        double Rate(double[] s)
        {
            Complex[,] spin = Scale(Add(Identity, Mul(Gamma5, Slash(s), 1)), 0.5);
            Complex[,] outgoing = Mul(Add(Slash(kPrime), Scale(Identity, m4)), spin, 1);
            Complex[,] nucleusOut = Add(Slash(pPrime), Scale(Identity, mass));
            Complex[,] nucleusIn = Add(Slash(p), Scale(Identity, mass));
            Complex sum = Complex.Zero;
            for (int a = 0; a < 4; a++)
            {
                for (int r = 0; r < 4; r++)
                {
                    Complex nu = Trace(outgoing, SigmaDotQ(a, q), ProjectorLeft, Slash(k), ProjectorRight, SigmaDotQ(r, q));
                    sum += nu * Trace(nucleusOut, Gamma[a], nucleusIn, Gamma[r]) * Metric[a] * Metric[r];
                }
            }

            return sum.Real;
        }

        double[] Minus(double[] s) => [.. s.Select(x => -x)];
        double expectedLongitudinal = (Rate(longitudinal) - Rate(Minus(longitudinal))) / (Rate(longitudinal) + Rate(Minus(longitudinal)));
        double expectedTransverse = (Rate(transverse) - Rate(Minus(transverse))) / (Rate(transverse) + Rate(Minus(transverse)));
        Assert.True(Math.Abs(expectedTransverse) > 0.02, $"the chosen points have a visible transverse polarization ({expectedTransverse:F4})");
        SterilePolarization polarization = SterilePolarization.FromUpscattering(e, t, mass, m4);
        Tolerance.AssertAbsolute(expectedLongitudinal, polarization.Longitudinal, 1e-8, "P_L vs explicit spin sum");
        Tolerance.AssertAbsolute(expectedTransverse, polarization.Transverse, 1e-8, "P_T vs explicit spin sum");
        Assert.True(Math.Sqrt(Math.Pow(polarization.Longitudinal, 2) + Math.Pow(polarization.Transverse, 2)) <= 1 + 1e-9, "|P| ≤ 1");
    }

    [Fact]
    public void FromUpscattering_WhenUltraRelativistic_HelicityIsFlippedToPlus()
    {
        // m4 ≪ E: the dipole turns ν_L (helicity −) into helicity + (right chirality).
        const double mass = 67900.0;
        RecoilInterval allowed = RecoilKinematics.AllowedRecoilMeV(5.0, mass, 0.001);
        double t = Math.Sqrt(allowed.MinMeV * allowed.MaxMeV);
        Assert.True(SterilePolarization.FromUpscattering(5.0, t, mass, 0.001).Longitudinal > 0.9999);
    }
}
