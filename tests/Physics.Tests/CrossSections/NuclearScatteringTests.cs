using DipolePortal.Physics.CrossSections;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Nuclear;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.CrossSections;

public class NuclearScatteringTests
{
    private static readonly Nucleus Argon40 = TargetCatalog.Find("Ar").Constituents[0].Nucleus;
    private static readonly Nucleus Xenon132 = TargetCatalog.Find("Xe").Constituents.Single(c => c.Nucleus.MassNumber == 132).Nucleus;

    [Fact]
    public void StandardModel_Argon40AtOnePoint_MatchesHandCalculation()
    {
        // ⁴⁰Ar, E = 30 MeV, T = 10 keV. Seed 001 Eqs. (11)–(13), Helm with Lewin–Smith radius.
        // M = 39.9623831 u × 931.49410242 − 18 m_e = 37215.5262 MeV.
        // Q_V = (1/2 − 2×0.23857)×18 − 22/2 = 0.41148 − 11 = −10.58852.
        // q = √(2MT + T²) = 27.282057 MeV = 0.1382584 fm⁻¹.
        // c = 1.23×40^{1/3} − 0.6 = 3.0061 fm; R² = c² + (7/3)π²(0.52)² = 15.2193 fm²; R0 = √(R² − 5×0.81) = 3.896691 fm.
        // F = 3j1(x)/x·exp(−q²s²/2), x = qR0 = 0.5387491: F = 0.96378392.
        // 1 − MT/(2E²) = 1 − 372.155/1800 = 0.79324708.
        // dσ/dT = G_F² M/π × Q_V² × F² × 0.79324708 × (ħc)² = 5.18399795e-38 cm² MeV⁻¹.
        double actual = NuclearScattering.StandardModelDsigmaDtCm2PerMeV(Argon40, 30.0, 0.01);
        Tolerance.AssertRelative(5.18399795e-38, actual, 1e-7, "hand calculation of CEvNS on ⁴⁰Ar");
        Tolerance.AssertRelative(-10.58852, NuclearScattering.WeakCharge(Argon40), 1e-12, "Q_V of ⁴⁰Ar");
    }

    [Fact]
    public void StandardModel_TotalAtLowEnergy_MatchesFreedmanCoherentFormula()
    {
        // ∫dσ/dT dT = G_F² Q_V² E²/π for F → 1 and E ≪ M (Freedman, PRD 9, 1389 (1974); = G_F²N²E²/(4π) when g_V^p → 0).
        // At E = 2 MeV on ⁴⁰Ar q ≤ 4 MeV, so 1 − F² ≲ 1e-3: tolerance 2e-3.
        const double e = 2.0;
        double tMax = RecoilKinematics.MaximumRecoilMeV(e, Argon40.MassMeV, 0.0);
        int n = 2000;
        double h = tMax / n, sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += NuclearScattering.StandardModelDsigmaDtCm2PerMeV(Argon40, e, (i + 0.5) * h) * h;
        }

        double qv = NuclearScattering.WeakCharge(Argon40);
        double gf = PhysicalConstants.FermiConstantPerMeV2;
        double expected = gf * gf * qv * qv * e * e / Math.PI * PhysicalConstants.Cm2PerInverseMeV2;
        Tolerance.AssertRelative(expected, sum, 2e-3, "coherent total cross section");
    }

    [Theory]
    [InlineData(10.0, 1e-3)]
    [InlineData(1.0, 1e-5)]
    public void Dipole_WhenM4Vanishes_ReducesToZSquaredMagneticMomentFormula(double energyMeV, double recoilMeV)
    {
        const double mu = 1e-9;
        double alpha = PhysicalConstants.FineStructure;
        double me = PhysicalConstants.ElectronMassMeV;
        double f = Xenon132.FormFactorAt(Xenon132.MomentumTransferMeV(recoilMeV));
        double expected = Math.PI * alpha * alpha / (me * me) * mu * mu * 54 * 54 * f * f * (1 / recoilMeV - 1 / energyMeV)
            * PhysicalConstants.Cm2PerInverseMeV2;
        double actual = NuclearScattering.DipoleDsigmaDtCm2PerMeV(Xenon132, energyMeV, recoilMeV, 1e-6, mu);
        Tolerance.AssertRelative(expected, actual, 1e-9, "m4 = 1e-6 MeV vs (πα²/m_e²)μ²Z²F²(1/T − 1/E)");
    }

    [Fact]
    public void Dipole_ScalesAsMuSquared_AndStandardModelIgnoresIt()
    {
        double one = NuclearScattering.DipoleDsigmaDtCm2PerMeV(Xenon132, 10.0, 1e-3, 1.0, 1e-10);
        double ten = NuclearScattering.DipoleDsigmaDtCm2PerMeV(Xenon132, 10.0, 1e-3, 1.0, 1e-9);
        Assert.True(one > 0);
        Tolerance.AssertRelative(100 * one, ten, 1e-12, "dipole ∝ μ²");
        // The SM cross section takes no μ: total = SM + dipole(μ), so (total(μ2) − total(μ1)) is all dipole.
        double sm = NuclearScattering.StandardModelDsigmaDtCm2PerMeV(Xenon132, 10.0, 1e-3);
        Tolerance.AssertRelative(99 * one, (sm + ten) - (sm + one), 1e-9, "SM part independent of μ");
    }

    [Fact]
    public void Dipole_AtForbiddenPointWithPositiveBracket_IsExactlyZero()
    {
        // ¹³²Xe, m4 = 5 MeV, T = 1 keV: E = 0.99 E_min is forbidden but the raw bracket of seed 003 Eq. (4) is positive.
        const double m4 = 5.0, t = 1e-3;
        double eMin = RecoilKinematics.MinimumNeutrinoEnergyMeV(t, Xenon132.MassMeV, m4);
        double e = 0.99 * eMin;
        Assert.True(DipoleBracket.RawPerMeV(e, t, Xenon132.MassMeV, m4) > 0, "raw bracket positive at a forbidden point");
        Assert.Equal(0.0, NuclearScattering.DipoleDsigmaDtCm2PerMeV(Xenon132, e, t, m4, 1e-9));
        Assert.True(NuclearScattering.DipoleDsigmaDtCm2PerMeV(Xenon132, 1.01 * eMin, t, m4, 1e-9) > 0);
    }

    [Fact]
    public void StandardModel_KeVInputsConvertedAtTheEdge_EqualMeVInputs()
    {
        double k = PhysicalConstants.MeVPerKeV;
        double fromKeV = NuclearScattering.StandardModelDsigmaDtCm2PerMeV(Xenon132, 15000 * k, 3 * k);
        double fromMeV = NuclearScattering.StandardModelDsigmaDtCm2PerMeV(Xenon132, 15.0, 0.003);
        Tolerance.AssertRelative(fromMeV, fromKeV, 1e-12, "CEvNS keV vs MeV inputs");
        double dipKeV = NuclearScattering.DipoleDsigmaDtCm2PerMeV(Xenon132, 15000 * k, 3 * k, 500 * k, 1e-10);
        double dipMeV = NuclearScattering.DipoleDsigmaDtCm2PerMeV(Xenon132, 15.0, 0.003, 0.5, 1e-10);
        Tolerance.AssertRelative(dipMeV, dipKeV, 1e-12, "dipole CEvNS keV vs MeV inputs");
    }

    [Fact]
    public void StandardModel_BeyondEndPoint_IsZero()
    {
        double tMax = RecoilKinematics.MaximumRecoilMeV(10.0, Xenon132.MassMeV, 0.0);
        Assert.True(NuclearScattering.StandardModelDsigmaDtCm2PerMeV(Xenon132, 10.0, tMax * 0.999) > 0);
        Assert.Equal(0.0, NuclearScattering.StandardModelDsigmaDtCm2PerMeV(Xenon132, 10.0, tMax * 1.001));
    }
}
