using System.Numerics;
using DipolePortal.Physics.CrossSections;
using DipolePortal.Physics.Units;
using static DipolePortal.Physics.Tests.CrossSections.DiracTrace;

namespace DipolePortal.Physics.Tests.CrossSections;

/// <summary>
/// Brute-force spin sums with explicit Dirac matrices for ν(k) e(p) → ν4(k′) e(p′) in the lab frame, compared with the
/// closed forms: the SM (seed 001 Eq. (14)), the dipole (seed 002 Eq. (2)) and the derived weak–magnetic interference.
/// Amplitudes: M_W = −(G_F/√2)U[ū4γ^μ(1−γ5)u][ūγ_μ(g_V − g_Aγ5)u], M_M = i(eμ/q²)[ū4σ^{αβ}q_βP_Lu][ūγ_αu], μ = (μ/μ_B)e/(2m_e);
/// dσ/dT = ½Σ|M|²/(32π m_e E²).
/// </summary>
public class SpinSumTests
{
    private const double Me = PhysicalConstants.ElectronMassMeV;

    private static (double[] P, double[] K, double[] PPrime, double[] KPrime, double[] Q) Momenta(double e, double t, double m4)
    {
        // Electron recoil angle from k′² = m4² with k′ = k + p − p′.
        double pe = Math.Sqrt(t * t + 2 * Me * t);
        double cos = (2 * Me * e - 2 * Me * t - m4 * m4 - 2 * e * (Me + t)) / (-2 * e * pe);
        double sin = Math.Sqrt(1 - cos * cos);
        double[] p = [Me, 0, 0, 0];
        double[] k = [e, 0, 0, e];
        double[] pPrime = [Me + t, pe * sin, 0, pe * cos];
        double[] kPrime = [k[0] + p[0] - pPrime[0], -pPrime[1], 0, k[3] - pPrime[3]];
        double[] q = [k[0] - kPrime[0], k[1] - kPrime[1], k[2] - kPrime[2], k[3] - kPrime[3]];
        return (p, k, pPrime, kPrime, q);
    }

    private static double Square(double[] v) => v[0] * v[0] - v[1] * v[1] - v[2] * v[2] - v[3] * v[3];

    private static double ToCm2PerMeV(double spinSummed, double e) =>
        spinSummed / 2 / (32 * Math.PI * Me * e * e) * PhysicalConstants.Cm2PerInverseMeV2;

    [Theory]
    [InlineData(1.0, 0.1, 0.3)]
    [InlineData(3.0, 1.0, 0.05)]
    public void Dipole_BruteForceSpinSum_EqualsSeed002Eq2(double e, double t, double m4)
    {
        var (p, k, pPrime, kPrime, q) = Momenta(e, t, m4);
        Tolerance.AssertRelative(m4 * m4, Square(kPrime), 1e-9, "on-shell ν4");
        double charge = Math.Sqrt(4 * Math.PI * PhysicalConstants.FineStructure);
        double mu = 1e-10 * charge / (2 * Me);
        Complex sum = Complex.Zero;
        Complex[,] nuOut = Add(Slash(kPrime), Scale(Identity, m4));
        Complex[,] eOut = Add(Slash(pPrime), Scale(Identity, Me));
        Complex[,] eIn = Add(Slash(p), Scale(Identity, Me));
        for (int a = 0; a < 4; a++)
        {
            for (int r = 0; r < 4; r++)
            {
                Complex nu = Trace(nuOut, SigmaDotQ(a, q), ProjectorLeft, Slash(k), ProjectorRight, SigmaDotQ(r, q));
                Complex el = Trace(eOut, Gamma[a], eIn, Gamma[r]);
                sum += nu * el * Metric[a] * Metric[r];
            }
        }

        double q2 = Square(q);
        double spinSummed = sum.Real * Math.Pow(mu * charge / q2, 2);
        Tolerance.AssertRelative(ToCm2PerMeV(spinSummed, e), ElectronScattering.DipoleDsigmaDtCm2PerMeV(e, t, m4, 1e-10), 1e-9,
            "explicit Dirac spin sum vs seed 002 Eq. (2)");
    }

    [Theory]
    [InlineData(NeutrinoFlavor.Electron, 1.0, 0.5)]
    [InlineData(NeutrinoFlavor.Muon, 5.0, 0.3)]
    public void StandardModel_BruteForceSpinSum_EqualsSeed001Eq14(NeutrinoFlavor flavor, double e, double t)
    {
        var (p, k, pPrime, kPrime, _) = Momenta(e, t, 0.0);
        double gV = ElectronCouplings.Vector(flavor, false);
        double gA = ElectronCouplings.Axial(flavor, false);
        Complex[,] vertex = Add(Scale(Identity, gV), Scale(Gamma5, -gA));
        Complex[,] vertexBar = Add(Scale(Identity, gV), Scale(Gamma5, gA));
        Complex[,] oneMinus = Add(Identity, Scale(Gamma5, -1));
        Complex[,] onePlus = Add(Identity, Gamma5);
        Complex[,] eOut = Add(Slash(pPrime), Scale(Identity, Me));
        Complex[,] eIn = Add(Slash(p), Scale(Identity, Me));
        Complex sum = Complex.Zero;
        for (int a = 0; a < 4; a++)
        {
            for (int r = 0; r < 4; r++)
            {
                Complex nu = Trace(Slash(kPrime), Gamma[a], oneMinus, Slash(k), onePlus, Gamma[r]);
                Complex el = Trace(eOut, Gamma[a], vertex, eIn, vertexBar, Gamma[r]);
                sum += nu * el * Metric[a] * Metric[r];
            }
        }

        double gf = PhysicalConstants.FermiConstantPerMeV2;
        double spinSummed = sum.Real * gf * gf / 2;
        Tolerance.AssertRelative(ToCm2PerMeV(spinSummed, e), ElectronScattering.StandardModelDsigmaDtCm2PerMeV(flavor, false, e, t), 1e-9,
            "explicit Dirac spin sum vs seed 001 Eq. (14)");
    }

    [Theory]
    [InlineData(NeutrinoFlavor.Electron, 0.747, 0.1, 0.1)]
    [InlineData(NeutrinoFlavor.Muon, 3.0, 1.0, 0.05)]
    [InlineData(NeutrinoFlavor.Tau, 1.0, 0.3, 0.3)]
    public void Interference_BruteForceSpinSum_EqualsDerivedFormula(NeutrinoFlavor flavor, double e, double t, double m4)
    {
        var (p, k, pPrime, kPrime, q) = Momenta(e, t, m4);
        double gV = ElectronCouplings.Vector(flavor, false);
        double gA = ElectronCouplings.Axial(flavor, false);
        double charge = Math.Sqrt(4 * Math.PI * PhysicalConstants.FineStructure);
        const double muBohr = 1e-10;
        double mu = muBohr * charge / (2 * Me);
        Complex[,] vertex = Add(Scale(Identity, gV), Scale(Gamma5, -gA));
        Complex[,] oneMinus = Add(Identity, Scale(Gamma5, -1));
        Complex[,] nuOut = Add(Slash(kPrime), Scale(Identity, m4));
        Complex[,] eOut = Add(Slash(pPrime), Scale(Identity, Me));
        Complex[,] eIn = Add(Slash(p), Scale(Identity, Me));
        Complex contraction = Complex.Zero;
        for (int a = 0; a < 4; a++)
        {
            for (int r = 0; r < 4; r++)
            {
                // M_W M_M*: weak ν4 current γ^a(1−γ5), conjugated magnetic current P_R σ^{rβ}q_β.
                Complex nu = Trace(nuOut, Gamma[a], oneMinus, Slash(k), ProjectorRight, SigmaDotQ(r, q));
                Complex el = Trace(eOut, Gamma[a], vertex, eIn, Gamma[r]);
                contraction += nu * el * Metric[a] * Metric[r];
            }
        }

        double gf = PhysicalConstants.FermiConstantPerMeV2;
        // M_W M_M* = [−(G_F/√2)U] · [i eμ/q²]* · contraction, summed; ⟨|M|²⟩_int = ½ · 2 Re(...).
        Complex product = -gf / Math.Sqrt(2) * Complex.Conjugate(Complex.ImaginaryOne * charge * mu / Square(q)) * contraction;
        double spinSummed = 2 * product.Real;
        Tolerance.AssertRelative(ToCm2PerMeV(spinSummed, e),
            ElectronScattering.InterferenceDsigmaDtCm2PerMeV(flavor, false, e, t, m4, muBohr), 1e-9,
            "explicit Dirac spin sum vs G_F α m4 U μ B/(2√2 m_e² T E²)");
    }
}
