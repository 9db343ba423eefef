using DipolePortal.Physics.CrossSections;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.CrossSections;

public class InterferenceTests
{
    private const double Me = PhysicalConstants.ElectronMassMeV;

    [Fact]
    public void Interference_WhenM4Vanishes_GoesToZeroLinearly()
    {
        // ∝ m4 (helicity: only the m4 term of the ν4 trace survives).
        double small = ElectronScattering.InterferenceDsigmaDtCm2PerMeV(NeutrinoFlavor.Electron, false, 1.0, 0.1, 1e-4, 1e-10);
        double smaller = ElectronScattering.InterferenceDsigmaDtCm2PerMeV(NeutrinoFlavor.Electron, false, 1.0, 0.1, 1e-5, 1e-10);
        Assert.NotEqual(0.0, small);
        Tolerance.AssertRelative(small / 10, smaller, 1e-6, "interference ∝ m4 as m4 → 0");
        Assert.Equal(0.0, ElectronScattering.InterferenceDsigmaDtCm2PerMeV(NeutrinoFlavor.Electron, false, 1.0, 0.1, 0.0, 1e-10));
    }

    [Fact]
    public void Interference_IsLinearInMuAndInMixing()
    {
        double one = ElectronScattering.InterferenceDsigmaDtCm2PerMeV(NeutrinoFlavor.Muon, false, 0.75, 0.05, 0.1, 1e-10);
        double two = ElectronScattering.InterferenceDsigmaDtCm2PerMeV(NeutrinoFlavor.Muon, false, 0.75, 0.05, 0.1, 2e-10);
        double minus = ElectronScattering.InterferenceDsigmaDtCm2PerMeV(NeutrinoFlavor.Muon, false, 0.75, 0.05, 0.1, -1e-10);
        double mixed = ElectronScattering.InterferenceDsigmaDtCm2PerMeV(NeutrinoFlavor.Muon, false, 0.75, 0.05, 0.1, 1e-10, 0.01);
        Tolerance.AssertRelative(2 * one, two, 1e-12, "linear in μ");
        Tolerance.AssertRelative(-one, minus, 1e-12, "odd in μ");
        Tolerance.AssertRelative(0.01 * one, mixed, 1e-12, "linear in U_ℓ4");
    }

    [Fact]
    public void Interference_AtOnePoint_MatchesDerivedFormula()
    {
        // ν_e: g_V = −1/2 + 2(0.23857) + 1 = 0.97714, g_A = 1/2. E = 0.747 MeV (⁵¹Cr), T = 0.1 MeV, m4 = 0.1 MeV, μ = 1e-10, U = 1.
        // B = g_V(m_e − T)(2m_eT + m4²) − g_A T(4m_eE − 2m_eT − m4²)
        //   = 0.97714 × 0.41099895 × 0.11219979 − 0.5 × 0.1 × (1.52686486 − 0.10219979 − 0.01) = 0.04505956 − 0.07073325.
        double b = 0.97714 * 0.41099895 * (2 * Me * 0.1 + 0.01) - 0.5 * 0.1 * (4 * Me * 0.747 - 2 * Me * 0.1 - 0.01);
        double expected = PhysicalConstants.FermiConstantPerMeV2 * PhysicalConstants.FineStructure * 0.1 * 1e-10 * b
            / (2 * Math.Sqrt(2) * Me * Me * 0.1 * 0.747 * 0.747) * PhysicalConstants.Cm2PerInverseMeV2;
        double actual = ElectronScattering.InterferenceDsigmaDtCm2PerMeV(NeutrinoFlavor.Electron, false, 0.747, 0.1, 0.1, 1e-10);
        Tolerance.AssertRelative(expected, actual, 1e-12, "G_F α m4 U μ B/(2√2 m_e² T E²)");
        Assert.True(actual < 0, "with this sign convention the axial term dominates and the interference is negative here");
    }

    [Fact]
    public void Interference_RelativeToDipole_IsSuppressedAtHighEnergy()
    {
        // Seed 001 Sec. 2.3: the interference falls like 1/E and matters only for sub-MeV sources (⁵¹Cr on electrons).
        // At fixed T = 0.1 MeV, m4 = 0.1 MeV, μ = 1e-10 μ_B and even with U = 1 it stays below a few % of the dipole rate,
        // and it is ≥ 3× more suppressed at reactor energies (8 MeV) than at the ⁵¹Cr line (0.747 MeV).
        double Ratio(double e) =>
            ElectronScattering.InterferenceDsigmaDtCm2PerMeV(NeutrinoFlavor.Electron, false, e, 0.1, 0.1, 1e-10)
            / ElectronScattering.DipoleDsigmaDtCm2PerMeV(e, 0.1, 0.1, 1e-10);
        double chromium = Math.Abs(Ratio(0.747));
        double reactor = Math.Abs(Ratio(8.0));
        Assert.True(chromium < 0.05, $"|interference/dipole| at 0.747 MeV = {chromium}");
        Assert.True(reactor < chromium / 3, $"reactor {reactor} vs chromium {chromium}");

        // Asymptotically ∝ 1/E: doubling E halves the interference at fixed T.
        double at200 = ElectronScattering.InterferenceDsigmaDtCm2PerMeV(NeutrinoFlavor.Electron, false, 200, 0.1, 0.1, 1e-10);
        double at400 = ElectronScattering.InterferenceDsigmaDtCm2PerMeV(NeutrinoFlavor.Electron, false, 400, 0.1, 0.1, 1e-10);
        Tolerance.AssertRelative(0.5, at400 / at200, 1e-2, "interference ∝ 1/E for E ≫ m_e");
    }

    [Fact]
    public void Interference_WhereForbidden_IsZero()
    {
        double eMin = RecoilKinematics.MinimumNeutrinoEnergyMeV(0.01, Me, 0.3);
        Assert.Equal(0.0, ElectronScattering.InterferenceDsigmaDtCm2PerMeV(NeutrinoFlavor.Electron, false, 0.99 * eMin, 0.01, 0.3, 1e-10));
    }

    [Fact]
    public void Interference_Antineutrino_FlipsTheAxialTerm()
    {
        // g_V is the same for ν̄, g_A changes sign: (ν + ν̄)/2 keeps only the g_V part of B.
        const double e = 1.0, t = 0.2, m4 = 0.2, mu = 1e-10;
        double nu = ElectronScattering.InterferenceDsigmaDtCm2PerMeV(NeutrinoFlavor.Tau, false, e, t, m4, mu);
        double nubar = ElectronScattering.InterferenceDsigmaDtCm2PerMeV(NeutrinoFlavor.Tau, true, e, t, m4, mu);
        double gV = -0.5 + 2 * PhysicalConstants.SinSquaredWeakAngle;
        double vectorOnly = PhysicalConstants.FermiConstantPerMeV2 * PhysicalConstants.FineStructure * m4 * mu
            * gV * (Me - t) * (2 * Me * t + m4 * m4) / (2 * Math.Sqrt(2) * Me * Me * t * e * e) * PhysicalConstants.Cm2PerInverseMeV2;
        Tolerance.AssertRelative(vectorOnly, (nu + nubar) / 2, 1e-12, "g_V part of B");
    }
}
