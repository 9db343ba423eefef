using DipolePortal.Physics.CrossSections;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.CrossSections;

/// <summary>The 1/E expansions used by the fast folding reproduce the closed forms they rewrite (issue 8).</summary>
public class InverseEnergyExpansionTests
{
    private const double ElectronMassMeV = PhysicalConstants.ElectronMassMeV;

    [Theory]
    [InlineData(1e-4, 0.0)]
    [InlineData(1e-4, 0.01)]
    [InlineData(1e-3, 0.1)]
    [InlineData(1e-2, 0.3)]
    [InlineData(4e-2, 1.0)]
    [InlineData(4e-2, 2.0)]
    public void Dipole_WhenEvaluatedAboveEmin_EqualsSeed002Eq2(double recoilMeV, double m4MeV)
    {
        // Hand algebra (seed 002 Eq. (2)), u = m4²/(2m_eT):
        //   1/T − 1/E − m4²K2 − m4⁴K4 = 1/T − (1 + u)/E − ½(m_e − T)u(1 + u)/E².
        // Near E_min the three terms cancel by up to ≈ m_e/T (= 5·10³ at 0.1 keV): round-off allows ≈ 10⁻¹²; 10⁻¹¹ is asked.
        DsigmaDtPolynomial expansion = InverseEnergyExpansion.Dipole(recoilMeV, m4MeV, 2e-11);
        double eminMeV = RecoilKinematics.MinimumNeutrinoEnergyMeV(recoilMeV, ElectronMassMeV, m4MeV);
        foreach (double factor in new[] { 1.0, 1.001, 1.3, 3.0, 30.0 })
        {
            double energyMeV = eminMeV * factor;
            double expected = ElectronScattering.DipoleDsigmaDtCm2PerMeV(energyMeV, recoilMeV, m4MeV, 2e-11);
            Tolerance.AssertRelative(expected, expansion.ValueCm2PerMeV(energyMeV), 1e-11, $"E = {factor} E_min");
        }
    }

    [Theory]
    [InlineData(1e-3, 0.05)]
    [InlineData(1e-2, 0.3)]
    public void Dipole_Coefficients_EqualTheKernelsOfDipoleBracket(double recoilMeV, double m4MeV)
    {
        // The coefficients re-derived from the kernels as DipoleBracket defines them: K2 = k21/E + k22/E², so
        // E·K2(E) = k21 + k22/E, and at E = 1 and 2 MeV: k22 = 2(K2(1) − 2K2(2)), k21 = K2(1) − k22; K4 = k42/E².
        double k2At1 = DipoleBracket.MassSquaredKernelPerMeV3(1.0, recoilMeV, ElectronMassMeV);
        double k2At2 = DipoleBracket.MassSquaredKernelPerMeV3(2.0, recoilMeV, ElectronMassMeV);
        double k22 = 2 * (k2At1 - (2 * k2At2));
        double k21 = k2At1 - k22;
        double k42 = DipoleBracket.MassFourthKernelPerMeV5(1.0, recoilMeV, ElectronMassMeV);
        double m2 = m4MeV * m4MeV;
        double prefactor = DipoleBracket.PrefactorCm2MeV(1.0);
        DsigmaDtPolynomial expansion = InverseEnergyExpansion.Dipole(recoilMeV, m4MeV, 1.0);

        Tolerance.AssertRelative(prefactor / recoilMeV, expansion.ConstantCm2PerMeV, 1e-14, "a₀ = 1/T");
        Tolerance.AssertRelative(prefactor * (-1 - (m2 * k21)), expansion.InverseEnergyCm2, 1e-12, "a₁ = −1 − m4²·[K2]₁");
        Tolerance.AssertRelative(
            prefactor * (-(m2 * k22) - (m2 * m2 * k42)), expansion.InverseEnergySquaredCm2MeV, 1e-12, "a₂ = −m4²[K2]₂ − m4⁴[K4]₂");
    }

    [Theory]
    [InlineData(NeutrinoFlavor.Electron, false)]
    [InlineData(NeutrinoFlavor.Muon, false)]
    [InlineData(NeutrinoFlavor.Electron, true)]
    [InlineData(NeutrinoFlavor.Tau, true)]
    public void StandardModel_WhenEvaluatedAboveEmin_EqualsSeed001Eq14(NeutrinoFlavor flavor, bool antineutrino)
    {
        // g_L² + g_R²(1 − T/E)² − g_L g_R m_e T/E² expanded by hand; no cancellation worse than 10, so 10⁻¹³.
        foreach (double recoilMeV in new[] { 1e-4, 3e-3, 0.04, 1.0 })
        {
            DsigmaDtPolynomial expansion = InverseEnergyExpansion.StandardModel(flavor, antineutrino, recoilMeV);
            double eminMeV = RecoilKinematics.MinimumNeutrinoEnergyMeV(recoilMeV, ElectronMassMeV, 0);
            foreach (double factor in new[] { 1.0, 1.5, 10.0, 1000.0 })
            {
                double energyMeV = eminMeV * factor;
                double expected = ElectronScattering.StandardModelDsigmaDtCm2PerMeV(flavor, antineutrino, energyMeV, recoilMeV);
                Tolerance.AssertRelative(expected, expansion.ValueCm2PerMeV(energyMeV), 1e-13, $"T = {recoilMeV} MeV, E = {factor} E_min");
            }
        }
    }
}
