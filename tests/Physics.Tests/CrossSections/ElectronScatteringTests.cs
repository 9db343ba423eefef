using DipolePortal.Physics.CrossSections;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.CrossSections;

public class ElectronScatteringTests
{
    private const double Me = PhysicalConstants.ElectronMassMeV;

    private static double MagneticMomentCm2PerMeV(double energyMeV, double recoilMeV, double muBohr)
    {
        // (πα²/m_e²) μ² (1/T − 1/E), Vogel & Engel PRD 39, 3378 (1989); natural units → cm² with (ħc)².
        double alpha = PhysicalConstants.FineStructure;
        return Math.PI * alpha * alpha / (Me * Me) * muBohr * muBohr * (1 / recoilMeV - 1 / energyMeV)
            * PhysicalConstants.Cm2PerInverseMeV2;
    }

    [Fact]
    public void StandardModel_ElectronNeutrinoAtOnePoint_MatchesHandCalculation()
    {
        // ν_e e, E = 1 MeV, T = 0.5 MeV (allowed: T_max = 2/(0.511 + 2) = 0.797 MeV). Seed 001 Eq. (14)–(15).
        // Couplings: g_L = −1/2 + 0.23857 + 1 = 0.73857;  g_R = 0.23857.
        // Bracket: g_L² = 0.5454856449; g_R²(1 − T/E)² = 0.0569156449 × 0.25 = 0.0142289112;
        //          g_L g_R m_e T/E² = 0.73857 × 0.23857 × 0.51099895 × 0.5 = 0.0450191723;
        //          sum = 0.5454856449 + 0.0142289112 − 0.0450191723 = 0.5146953838.
        // Prefactor: 2 G_F² m_e/π = 2 × (1.1663788e-11)² × 0.51099895 / π = 4.42567344e-23 MeV⁻³;
        //            × (ħc)² = (1.973269804e-11 MeV cm)² = 3.89379372e-22 MeV² cm²  →  1.72326595e-44 cm² MeV⁻¹.
        // Value: 1.72326595e-44 × 0.5146953838 = 8.86957027e-45 cm² MeV⁻¹.
        double actual = ElectronScattering.StandardModelDsigmaDtCm2PerMeV(NeutrinoFlavor.Electron, false, 1.0, 0.5);
        Tolerance.AssertRelative(8.86957027e-45, actual, 1e-8, "hand calculation of seed 001 Eq. (14) at E = 1 MeV, T = 0.5 MeV");
    }

    [Fact]
    public void StandardModel_TotalAtHighEnergy_MatchesAsymptoticFormula()
    {
        // ∫dσ/dT dT → (2G_F² m_e E/π)(g_L² + g_R²/3) for E ≫ m_e (Marciano & Parsa, J. Phys. G 29, 2629 (2003),
        // arXiv:hep-ph/0403168); at E = 200 MeV the m_e/E corrections are ~0.3%, hence 1% tolerance.
        const double e = 200.0;
        double tMax = RecoilKinematics.MaximumRecoilMeV(e, Me, 0.0);
        double total = Simpson(t => ElectronScattering.StandardModelDsigmaDtCm2PerMeV(NeutrinoFlavor.Muon, false, e, t), 1e-9, tMax, 4000);
        double gL = -0.5 + PhysicalConstants.SinSquaredWeakAngle;
        double gR = PhysicalConstants.SinSquaredWeakAngle;
        double gf = PhysicalConstants.FermiConstantPerMeV2;
        double expected = 2 * gf * gf * Me * e / Math.PI * (gL * gL + gR * gR / 3) * PhysicalConstants.Cm2PerInverseMeV2;
        Tolerance.AssertRelative(expected, total, 1e-2, "ν_μ e total cross section at 200 MeV");
    }

    [Fact]
    public void StandardModel_Antineutrino_SwapsLeftAndRightCouplings()
    {
        // ν̄_μ: g_L ↔ g_R. At T → 0 the bracket is g_L² + g_R² for both, at finite T they differ.
        double nu = ElectronScattering.StandardModelDsigmaDtCm2PerMeV(NeutrinoFlavor.Muon, false, 2.0, 1.0);
        double nubar = ElectronScattering.StandardModelDsigmaDtCm2PerMeV(NeutrinoFlavor.Muon, true, 2.0, 1.0);
        double gL = -0.5 + PhysicalConstants.SinSquaredWeakAngle;
        double gR = PhysicalConstants.SinSquaredWeakAngle;
        double y = 0.5;
        double ratio = (gR * gR + gL * gL * y * y - gL * gR * Me * 1.0 / 4.0) / (gL * gL + gR * gR * y * y - gL * gR * Me * 1.0 / 4.0);
        Tolerance.AssertRelative(ratio, nubar / nu, 1e-12, "ν̄/ν ratio from swapped couplings");
        Assert.Equal(
            ElectronScattering.StandardModelDsigmaDtCm2PerMeV(NeutrinoFlavor.Muon, false, 2.0, 1.0),
            ElectronScattering.StandardModelDsigmaDtCm2PerMeV(NeutrinoFlavor.Tau, false, 2.0, 1.0));
    }

    [Fact]
    public void StandardModel_BeyondEndPoint_IsZero()
    {
        double tMax = RecoilKinematics.MaximumRecoilMeV(1.0, Me, 0.0);
        Assert.True(ElectronScattering.StandardModelDsigmaDtCm2PerMeV(NeutrinoFlavor.Electron, false, 1.0, tMax * 0.999) > 0);
        Assert.Equal(0.0, ElectronScattering.StandardModelDsigmaDtCm2PerMeV(NeutrinoFlavor.Electron, false, 1.0, tMax * 1.001));
    }

    [Theory]
    [InlineData(1.0, 0.01)]
    [InlineData(0.4, 0.001)]
    [InlineData(10.0, 1.0)]
    public void Dipole_WhenM4Vanishes_ReducesToMagneticMomentFormula(double energyMeV, double recoilMeV)
    {
        const double mu = 1e-10;
        double expected = MagneticMomentCm2PerMeV(energyMeV, recoilMeV, mu);
        double actual = ElectronScattering.DipoleDsigmaDtCm2PerMeV(energyMeV, recoilMeV, 1e-6, mu);
        Tolerance.AssertRelative(expected, actual, 1e-9, "m4 = 1e-6 MeV vs (πα²/m_e²)μ²(1/T − 1/E)");
    }

    [Fact]
    public void Dipole_ScalesAsMuSquared()
    {
        double one = ElectronScattering.DipoleDsigmaDtCm2PerMeV(1.0, 0.05, 0.1, 1e-11);
        double three = ElectronScattering.DipoleDsigmaDtCm2PerMeV(1.0, 0.05, 0.1, 3e-11);
        Assert.True(one > 0);
        Tolerance.AssertRelative(9 * one, three, 1e-12, "dipole ∝ μ²");
    }

    [Fact]
    public void Dipole_AtForbiddenPointWithPositiveBracket_IsExactlyZero()
    {
        // Electron, m4 = 0.3 MeV, T = 10 keV: E_min = 4.56 MeV (seed 002 Eq. (6)). Take E = 0.99 E_min (forbidden).
        const double m4 = 0.3;
        const double t = 0.01;
        double eMin = RecoilKinematics.MinimumNeutrinoEnergyMeV(t, Me, m4);
        double e = 0.99 * eMin;
        double bracket = DipoleBracket.RawPerMeV(e, t, Me, m4);
        Assert.True(bracket > 0, $"the raw bracket of seed 002 Eq. (2) is positive here ({bracket} MeV⁻¹) although E < E_min");
        Assert.False(RecoilKinematics.IsAllowed(e, t, Me, m4));
        Assert.Equal(0.0, ElectronScattering.DipoleDsigmaDtCm2PerMeV(e, t, m4, 1e-10));
        Assert.True(ElectronScattering.DipoleDsigmaDtCm2PerMeV(1.01 * eMin, t, m4, 1e-10) > 0, "allowed just above E_min");
    }

    [Fact]
    public void Dipole_ScanOfForbiddenRegion_IsZeroEverywhere()
    {
        int positiveBrackets = 0;
        foreach (double m4 in new[] { 0.01, 0.1, 0.3, 1.0 })
        {
            for (int i = 0; i < 60; i++)
            {
                double t = Math.Pow(10, -5 + 0.1 * i);
                double e = 0.95 * RecoilKinematics.MinimumNeutrinoEnergyMeV(t, Me, m4);
                positiveBrackets += DipoleBracket.RawPerMeV(e, t, Me, m4) > 0 ? 1 : 0;
                Assert.Equal(0.0, ElectronScattering.DipoleDsigmaDtCm2PerMeV(e, t, m4, 1e-10));
            }
        }

        Assert.True(positiveBrackets > 0, "the scan must include forbidden points with a positive raw bracket");
    }

    [Fact]
    public void Dipole_KeVInputsConvertedAtTheEdge_EqualMeVInputs()
    {
        // E = 750 keV, T = 20 keV, m4 = 100 keV, converted to MeV at the edge; dσ/dT converted back per keV.
        double enuKeV = 750, recoilKeV = 20, m4KeV = 100;
        double k = PhysicalConstants.MeVPerKeV;
        double fromKeV = ElectronScattering.DipoleDsigmaDtCm2PerMeV(enuKeV * k, recoilKeV * k, m4KeV * k, 1e-10);
        double fromMeV = ElectronScattering.DipoleDsigmaDtCm2PerMeV(0.75, 0.02, 0.1, 1e-10);
        Tolerance.AssertRelative(fromMeV, fromKeV, 1e-12, "dipole: keV inputs vs MeV inputs");
        Tolerance.AssertRelative(fromMeV * k, fromKeV * k, 1e-12, "per-keV spectra agree too");
        double smKeV = ElectronScattering.StandardModelDsigmaDtCm2PerMeV(NeutrinoFlavor.Electron, false, enuKeV * k, recoilKeV * k);
        double smMeV = ElectronScattering.StandardModelDsigmaDtCm2PerMeV(NeutrinoFlavor.Electron, false, 0.75, 0.02);
        Tolerance.AssertRelative(smMeV, smKeV, 1e-12, "SM: keV inputs vs MeV inputs");
    }

    [Fact]
    public void DipoleBracket_KernelDecomposition_RebuildsTheBracket()
    {
        const double e = 2.0, t = 0.1, m4 = 0.4;
        double rebuilt = 1 / t - 1 / e - m4 * m4 * DipoleBracket.MassSquaredKernelPerMeV3(e, t, Me)
            - Math.Pow(m4, 4) * DipoleBracket.MassFourthKernelPerMeV5(e, t, Me);
        // seed 002 Eq. (2) written out directly
        double direct = 1 / t - 1 / e - m4 * m4 / (2 * t * e * Me) * (1 - t / (2 * e) + Me / (2 * e))
            - Math.Pow(m4, 4) / (8 * Me * t * t * e * e) * (1 - t / Me);
        Tolerance.AssertRelative(direct, rebuilt, 1e-13, "kernels rebuild the bracket");
        Tolerance.AssertRelative(direct, DipoleBracket.RawPerMeV(e, t, Me, m4), 1e-13, "RawPerMeV is the bracket");
    }

    private static double Simpson(Func<double, double> f, double a, double b, int intervals)
    {
        double h = (b - a) / intervals;
        double sum = f(a) + f(b);
        for (int i = 1; i < intervals; i++)
        {
            sum += f(a + i * h) * (i % 2 == 1 ? 4 : 2);
        }

        return sum * h / 3;
    }
}
