using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.CrossSections;

/// <summary>
/// The pieces of the dipole up-scattering cross section ν_ℓ + X → ν4 + X (X = electron or nucleus of mass M):
/// dσ/dT = P(μ) · C · [1/T − 1/E − m4²·K2(E,T) − m4⁴·K4(E,T)], with P(μ) = (πα²/m_e²)|μ/μ_B|² and C = 1 (electron)
/// or Z²F²(q) (nucleus). Seed 002 Eq. (2); seed 003 Eq. (4); seed 001 Eqs. (17)–(19).
/// The kernels K2 and K4 depend on E, T and M only, so a caller scanning m4 and μ can rebuild the bracket with two
/// multiply–adds per point. The bracket alone is NOT a cross section: it can be positive where E &lt; E_min(T, m4);
/// callers must apply <see cref="Kinematics.RecoilKinematics.IsAllowed"/> (the cross-section methods do).
/// </summary>
public static class DipoleBracket
{
    /// <summary>
    /// Massless part of the bracket 1/T − 1/E [MeV⁻¹]: the ordinary magnetic-moment shape (seed 001 Eq. (19) at m4 = 0;
    /// Vogel &amp; Engel, PRD 39, 3378 (1989)).
    /// </summary>
    /// <param name="neutrinoEnergyMeV">E [MeV].</param>
    /// <param name="recoilMeV">T [MeV].</param>
    public static double MasslessTermPerMeV(double neutrinoEnergyMeV, double recoilMeV) => 1.0 / recoilMeV - 1.0 / neutrinoEnergyMeV;

    /// <summary>
    /// K2(E,T) = (1/(2TEM))·(1 − T/(2E) + M/(2E)) [MeV⁻³], the coefficient of −m4² in the bracket. Seed 002 Eq. (2), third term.
    /// </summary>
    /// <param name="neutrinoEnergyMeV">E [MeV].</param>
    /// <param name="recoilMeV">T [MeV].</param>
    /// <param name="targetMassMeV">M [MeV] (m_e for electrons, the nuclear mass for CEvNS).</param>
    public static double MassSquaredKernelPerMeV3(double neutrinoEnergyMeV, double recoilMeV, double targetMassMeV)
    {
        double e = neutrinoEnergyMeV;
        return (1.0 - recoilMeV / (2.0 * e) + targetMassMeV / (2.0 * e)) / (2.0 * recoilMeV * e * targetMassMeV);
    }

    /// <summary>
    /// K4(E,T) = (1 − T/M)/(8MT²E²) [MeV⁻⁵], the coefficient of −m4⁴ in the bracket. Seed 002 Eq. (2), fourth term.
    /// </summary>
    /// <param name="neutrinoEnergyMeV">E [MeV].</param>
    /// <param name="recoilMeV">T [MeV].</param>
    /// <param name="targetMassMeV">M [MeV].</param>
    public static double MassFourthKernelPerMeV5(double neutrinoEnergyMeV, double recoilMeV, double targetMassMeV)
    {
        double e = neutrinoEnergyMeV;
        double t = recoilMeV;
        return (1.0 - t / targetMassMeV) / (8.0 * targetMassMeV * t * t * e * e);
    }

    /// <summary>
    /// The raw bracket 1/T − 1/E − m4²K2 − m4⁴K4 [MeV⁻¹] of seed 002 Eq. (2) (seed 003 Eq. (4) with M), WITHOUT any
    /// kinematic check. Exposed so that tests and fast scans can see it; it is not a physical quantity where E &lt; E_min.
    /// </summary>
    /// <param name="neutrinoEnergyMeV">E [MeV].</param>
    /// <param name="recoilMeV">T [MeV].</param>
    /// <param name="targetMassMeV">M [MeV].</param>
    /// <param name="m4MeV">m4 [MeV].</param>
    public static double RawPerMeV(double neutrinoEnergyMeV, double recoilMeV, double targetMassMeV, double m4MeV)
    {
        double m4Squared = m4MeV * m4MeV;
        return MasslessTermPerMeV(neutrinoEnergyMeV, recoilMeV)
            - m4Squared * MassSquaredKernelPerMeV3(neutrinoEnergyMeV, recoilMeV, targetMassMeV)
            - m4Squared * m4Squared * MassFourthKernelPerMeV5(neutrinoEnergyMeV, recoilMeV, targetMassMeV);
    }

    /// <summary>
    /// Prefactor (πα²/m_e²)|μ/μ_B|² converted to cm² MeV [cm² MeV, so that prefactor × bracket is cm² MeV⁻¹].
    /// Seed 002 Eq. (2); seed 003 Eq. (4). μ_B = e/(2m_e) is why m_e appears also for nuclear targets.
    /// </summary>
    /// <param name="muBohr">Transition magnetic moment |μ_ℓ4| in Bohr magnetons.</param>
    public static double PrefactorCm2MeV(double muBohr)
    {
        const double alpha = PhysicalConstants.FineStructure;
        const double me = PhysicalConstants.ElectronMassMeV;
        return Math.PI * alpha * alpha / (me * me) * muBohr * muBohr * PhysicalConstants.Cm2PerInverseMeV2;
    }
}
