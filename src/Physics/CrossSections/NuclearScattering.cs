using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Nuclear;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.CrossSections;

/// <summary>
/// Coherent elastic neutrino–nucleus scattering (CEvNS) dσ/dT [cm² MeV⁻¹] for one nucleus at rest, T the nuclear recoil
/// kinetic energy [MeV]. Exactly 0 outside the allowed kinematics. See docs/physics.md, "Cross sections".
/// </summary>
public static class NuclearScattering
{
    /// <summary>Proton weak vector charge g_V^p = 1/2 − 2sin²θ_W [dimensionless] (seed 001 Eq. (12); seed 003 Eq. (2)).</summary>
    public static double ProtonVectorCoupling => 0.5 - 2.0 * PhysicalConstants.SinSquaredWeakAngle;

    /// <summary>
    /// Neutron weak vector charge g_V^n = −1/2 [dimensionless] (Standard Model). Seed 003 prints +1/2; Q_V enters squared, so
    /// the sign matters only through the small cross term with g_V^p·Z (≈ 1% for xenon); Q_V ≈ −N/2 + 0.023Z here.
    /// </summary>
    public const double NeutronVectorCoupling = -0.5;

    /// <summary>Weak charge Q_V = g_V^p Z + g_V^n N [dimensionless]. Seed 001 Eq. (12); seed 003 Eq. (2).</summary>
    /// <param name="nucleus">The nucleus.</param>
    public static double WeakCharge(Nucleus nucleus) => ProtonVectorCoupling * nucleus.Z + NeutronVectorCoupling * nucleus.N;

    /// <summary>Standard-Model CEvNS dσ/dT [cm² MeV⁻¹] (flavor-blind at tree level).</summary>
    /// <remarks>
    /// Seed 001 Eq. (11); seed 003 Eq. (1): dσ/dT = (G_F²M/π)Q_V²F²(q)(1 − MT/(2E²)), q² = 2MT + T². Seed 003 prints G_F
    /// without the square (a typo: dimensions require G_F²). Zero unless 0 &lt; T ≤ 2E²/(M + 2E).
    /// </remarks>
    /// <param name="nucleus">The nucleus (mass, Z, N, form-factor model).</param>
    /// <param name="neutrinoEnergyMeV">E [MeV].</param>
    /// <param name="recoilMeV">Nuclear recoil T [MeV].</param>
    public static double StandardModelDsigmaDtCm2PerMeV(Nucleus nucleus, double neutrinoEnergyMeV, double recoilMeV)
    {
        double m = nucleus.MassMeV;
        if (!RecoilKinematics.IsAllowed(neutrinoEnergyMeV, recoilMeV, m, 0.0))
        {
            return 0.0;
        }

        double qv = WeakCharge(nucleus);
        double f = nucleus.FormFactorAt(nucleus.MomentumTransferMeV(recoilMeV));
        double kinematic = 1.0 - m * recoilMeV / (2.0 * neutrinoEnergyMeV * neutrinoEnergyMeV);
        const double gf = PhysicalConstants.FermiConstantPerMeV2;
        return gf * gf * m / Math.PI * qv * qv * f * f * kinematic * PhysicalConstants.Cm2PerInverseMeV2;
    }

    /// <summary>Dipole up-scattering ν_ℓ N → ν4 N via a transition magnetic moment, dσ/dT [cm² MeV⁻¹].</summary>
    /// <remarks>
    /// Seed 003 Eq. (4); seed 001 Eqs. (17)–(18): (πα²/m_e²)|μ/μ_B|²Z²F²(q)[1/T − 1/E − (m4²/(2TEM))(1 − T/(2E) + M/(2E))
    /// − (m4⁴/(8MT²E²))(1 − T/M)], i.e. seed 002 Eq. (2) with m_e → M in the bracket only. Nuclear magnetic moment neglected.
    /// Exactly 0 wherever E &lt; E_min(T, m4) (see <see cref="RecoilKinematics"/>).
    /// </remarks>
    /// <param name="nucleus">The nucleus.</param>
    /// <param name="neutrinoEnergyMeV">E [MeV].</param>
    /// <param name="recoilMeV">Nuclear recoil T [MeV].</param>
    /// <param name="m4MeV">m4 [MeV].</param>
    /// <param name="muBohr">|μ_ℓ4| [μ_B].</param>
    public static double DipoleDsigmaDtCm2PerMeV(
        Nucleus nucleus, double neutrinoEnergyMeV, double recoilMeV, double m4MeV, double muBohr)
    {
        double m = nucleus.MassMeV;
        if (!RecoilKinematics.IsAllowed(neutrinoEnergyMeV, recoilMeV, m, m4MeV))
        {
            return 0.0;
        }

        double f = nucleus.FormFactorAt(nucleus.MomentumTransferMeV(recoilMeV));
        double coherence = (double)nucleus.Z * nucleus.Z * f * f;
        return DipoleBracket.PrefactorCm2MeV(muBohr) * coherence * DipoleBracket.RawPerMeV(neutrinoEnergyMeV, recoilMeV, m, m4MeV);
    }
}
