using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.CrossSections;

/// <summary>
/// The ν–e cross sections of <see cref="ElectronScattering"/> at fixed recoil T, expanded in powers of 1/E
/// (<see cref="DsigmaDtPolynomial"/>). Both are exact polynomials of degree 2 in 1/E, so a flux fold needs only the
/// three moments ∫ Φρ(w·P) E⁻ⁿ dE above E_min (issue 8; <see cref="Rates.DipoleKernelTable"/>).
/// </summary>
public static class InverseEnergyExpansion
{
    private const double ElectronMassMeV = PhysicalConstants.ElectronMassMeV;

    /// <summary>Seed 002 Eq. (2) on a free electron as a₀ + a₁/E + a₂/E² [cm² MeV⁻¹], valid for E ≥ E_min(T, m4).</summary>
    /// <remarks>
    /// With K2 = (1 − T/(2E) + m_e/(2E))/(2TEm_e) = (1/(2Tm_e))/E + ((m_e − T)/(4Tm_e))/E² and
    /// K4 = ((1 − T/m_e)/(8m_eT²))/E² = ((m_e − T)/(8m_e²T²))/E², and u = m4²/(2m_eT), the bracket
    /// 1/T − 1/E − m4²K2 − m4⁴K4 = 1/T − (1 + u)/E − ½(m_e − T)u(1 + u)/E².
    /// Note (1 + u) = E_min(T, m4)/E_min(T, 0) (seed 002 Eq. (6)). Multiplied by (πα²/m_e²)μ²
    /// (<see cref="DipoleBracket.PrefactorCm2MeV"/>). Not clamped: it is the cross section only where E ≥ E_min.
    /// </remarks>
    /// <param name="recoilMeV">T [MeV], &gt; 0.</param>
    /// <param name="m4MeV">m4 [MeV], ≥ 0.</param>
    /// <param name="muBohr">|μ_ℓ4| [μ_B].</param>
    public static DsigmaDtPolynomial Dipole(double recoilMeV, double m4MeV, double muBohr)
    {
        double prefactorCm2MeV = DipoleBracket.PrefactorCm2MeV(muBohr);
        double u = m4MeV * m4MeV / (2.0 * ElectronMassMeV * recoilMeV);
        return new DsigmaDtPolynomial(
            prefactorCm2MeV / recoilMeV,                                            // 1/T
            -prefactorCm2MeV * (1.0 + u),                                           // −1/E − m4²/(2Tm_e E)
            // 1/E² parts of m4²K2 and m4⁴K4
            -prefactorCm2MeV * 0.5 * (ElectronMassMeV - recoilMeV) * u * (1.0 + u));
    }

    /// <summary>Seed 001 Eq. (14)–(15) on a free electron as a₀ + a₁/E + a₂/E² [cm² MeV⁻¹], valid for E ≥ E_min(T, 0).</summary>
    /// <remarks>
    /// g_L² + g_R²(1 − T/E)² − g_L g_R m_e T/E² = (g_L² + g_R²) − 2g_R²T/E + (g_R²T² − g_L g_R m_e T)/E²,
    /// times 2G_F²m_e/π; antineutrinos g_L ↔ g_R (<see cref="ElectronCouplings"/>).
    /// </remarks>
    /// <param name="flavor">Incoming neutrino flavor ℓ.</param>
    /// <param name="antineutrino">True for ν̄_ℓ.</param>
    /// <param name="recoilMeV">T [MeV], &gt; 0.</param>
    public static DsigmaDtPolynomial StandardModel(NeutrinoFlavor flavor, bool antineutrino, double recoilMeV)
    {
        double gL = ElectronCouplings.Left(flavor, antineutrino);
        double gR = ElectronCouplings.Right(flavor, antineutrino);
        const double gf = PhysicalConstants.FermiConstantPerMeV2;
        double prefactorCm2 = 2.0 * gf * gf * ElectronMassMeV / Math.PI * PhysicalConstants.Cm2PerInverseMeV2;
        double t = recoilMeV;
        return new DsigmaDtPolynomial(
            prefactorCm2 * (gL * gL + gR * gR),
            prefactorCm2 * -2.0 * gR * gR * t,
            prefactorCm2 * ((gR * gR * t * t) - (gL * gR * ElectronMassMeV * t)));
    }
}
