using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.CrossSections;

/// <summary>
/// Differential cross sections dσ/dT [cm² MeV⁻¹] for neutrino scattering on a free electron at rest, as functions of the
/// neutrino energy E [MeV] and the electron recoil kinetic energy T [MeV]. Every method returns exactly 0 outside the
/// kinematically allowed region (<see cref="RecoilKinematics.IsAllowed"/>). Atomic binding is applied by callers with
/// <see cref="Atomic.AtomicShells.StepFunctionFraction"/>. See docs/physics.md, "Cross sections".
/// </summary>
public static class ElectronScattering
{
    private const double ElectronMassMeV = PhysicalConstants.ElectronMassMeV;

    /// <summary>Standard-Model ν_ℓ e → ν_ℓ e (or ν̄_ℓ e) cross section dσ/dT [cm² MeV⁻¹] on a free electron.</summary>
    /// <remarks>
    /// Seed 001 Eq. (14)–(15): dσ/dT = (2G_F²m_e/π)[g_L² + g_R²(1 − T/E)² − g_L g_R m_e T/E²], g_L = −1/2 + sin²θ_W + δ_ℓe,
    /// g_R = sin²θ_W; antineutrinos g_L ↔ g_R. Zero unless 0 &lt; T ≤ 2E²/(m_e + 2E).
    /// </remarks>
    /// <param name="flavor">Incoming neutrino flavor ℓ.</param>
    /// <param name="antineutrino">True for ν̄_ℓ.</param>
    /// <param name="neutrinoEnergyMeV">E [MeV].</param>
    /// <param name="recoilMeV">Electron recoil kinetic energy T [MeV].</param>
    public static double StandardModelDsigmaDtCm2PerMeV(
        NeutrinoFlavor flavor, bool antineutrino, double neutrinoEnergyMeV, double recoilMeV)
    {
        double gL = ElectronCouplings.Left(flavor, antineutrino);
        double gR = ElectronCouplings.Right(flavor, antineutrino);
        if (!RecoilKinematics.IsAllowed(neutrinoEnergyMeV, recoilMeV, ElectronMassMeV, 0.0))
        {
            return 0.0;
        }

        double e = neutrinoEnergyMeV;
        double t = recoilMeV;
        double y = 1.0 - t / e;
        double bracket = gL * gL + gR * gR * y * y - gL * gR * ElectronMassMeV * t / (e * e);
        const double gf = PhysicalConstants.FermiConstantPerMeV2;
        return 2.0 * gf * gf * ElectronMassMeV / Math.PI * bracket * PhysicalConstants.Cm2PerInverseMeV2;
    }

    /// <summary>Dipole up-scattering ν_ℓ e → ν4 e through a transition magnetic moment μ, dσ/dT [cm² MeV⁻¹], free electron.</summary>
    /// <remarks>
    /// Seed 002 Eq. (2) (= seed 001 Eq. (19)): dσ/dT = (πα²/m_e²)|μ/μ_B|²[1/T − 1/E − (m4²/(2TEm_e))(1 − T/(2E) + m_e/(2E))
    /// − (m4⁴/(8m_eT²E²))(1 − T/m_e)]. Exactly 0 wherever E &lt; E_min(T, m4) (seed 002 Eq. (6)); the bracket is never
    /// clamped (it can be positive at forbidden points). At m4 → 0 it is (πα²/m_e²)μ²(1/T − 1/E) (Vogel &amp; Engel 1989).
    /// The same for ν̄ (the dipole vertex is helicity-flipping and vector-like on the electron side).
    /// </remarks>
    /// <param name="neutrinoEnergyMeV">E [MeV].</param>
    /// <param name="recoilMeV">T [MeV].</param>
    /// <param name="m4MeV">Sterile neutrino mass m4 [MeV].</param>
    /// <param name="muBohr">|μ_ℓ4| [μ_B].</param>
    public static double DipoleDsigmaDtCm2PerMeV(double neutrinoEnergyMeV, double recoilMeV, double m4MeV, double muBohr)
    {
        if (!RecoilKinematics.IsAllowed(neutrinoEnergyMeV, recoilMeV, ElectronMassMeV, m4MeV))
        {
            return 0.0;
        }

        return DipoleBracket.PrefactorCm2MeV(muBohr)
            * DipoleBracket.RawPerMeV(neutrinoEnergyMeV, recoilMeV, ElectronMassMeV, m4MeV);
    }

    /// <summary>
    /// Weak–magnetic interference for ν_ℓ e → ν4 e with unit active–sterile weak mixing (U_ℓ4 = 1), dσ/dT [cm² MeV⁻¹].
    /// Multiply by the real mixing U_ℓ4, or call the overload that takes it.
    /// </summary>
    /// <remarks>See <see cref="InterferenceDsigmaDtCm2PerMeV(NeutrinoFlavor, bool, double, double, double, double, double)"/>.</remarks>
    /// <param name="flavor">Incoming neutrino flavor ℓ.</param>
    /// <param name="antineutrino">True for ν̄_ℓ.</param>
    /// <param name="neutrinoEnergyMeV">E [MeV].</param>
    /// <param name="recoilMeV">T [MeV].</param>
    /// <param name="m4MeV">m4 [MeV].</param>
    /// <param name="muBohr">Real, signed μ_ℓ4 [μ_B].</param>
    public static double InterferenceDsigmaDtCm2PerMeV(
        NeutrinoFlavor flavor, bool antineutrino, double neutrinoEnergyMeV, double recoilMeV, double m4MeV, double muBohr) =>
        InterferenceDsigmaDtCm2PerMeV(flavor, antineutrino, neutrinoEnergyMeV, recoilMeV, m4MeV, muBohr, 1.0);

    /// <summary>Weak–magnetic interference for ν_ℓ e → ν4 e, dσ/dT [cm² MeV⁻¹] (signed: it may be negative).</summary>
    /// <remarks>
    /// Seed 001 Eq. (20) lost its body in extraction; re-derived here in the spirit of Grimus &amp; Stockinger,
    /// PRD 57, 1762 (1998), arXiv:hep-ph/9708279. Amplitudes: weak M_W = −(G_F/√2)U[ū4γ^μ(1−γ5)u_ν][ū_eγ_μ(g_V − g_Aγ5)u_e]
    /// (U = U_ℓ4 the weak ν_ℓ→ν4 mixing) and magnetic M_M = i(eμ/q²)[ū4σ^{αβ}q_βP_Lu_ν][ū_eγ_αu_e] from seed 002 Eq. (1).
    /// Spin sum: the neutrino trace Tr[(k̸′+m4)γ^μ(1−γ5)k̸P_Rσ^{αβ}q_β] has an odd number of γ's except in the m4 term, so the
    /// interference is ∝ m4 (no interference for a massless ν4: helicity). Contracting with the electron trace gives
    /// 16i·m_e·m4·B with B = g_V(m_e − T)(2m_eT + m4²) − g_A·T·(4m_eE − 2m_eT − m4²) (checked numerically with explicit Dirac
    /// matrices). With q² = −2m_eT, μ = (μ/μ_B)e/(2m_e), e² = 4πα and dσ/dT = ⟨|M|²⟩/(32πm_eE²):
    /// dσ/dT = G_F·α·m4·U·(μ/μ_B)·B / (2√2·m_e²·T·E²).
    /// Limits: ∝ m4 → 0; linear in μ; for E ≫ m_e, B ≈ −4g_A m_e E T so dσ/dT ∝ m4/E (the 1/E suppression of seed 001 Sec. 2.3).
    /// Sign convention: real μ and U with the Feynman rules above (electron charge −e); flipping the sign of μ or U flips the
    /// result. Antineutrinos: g_A → −g_A (g_L ↔ g_R) with μ → μ* (= μ for real μ). Zero where E &lt; E_min(T, m4).
    /// </remarks>
    /// <param name="flavor">Incoming neutrino flavor ℓ (δ_ℓe in g_V, g_A).</param>
    /// <param name="antineutrino">True for ν̄_ℓ.</param>
    /// <param name="neutrinoEnergyMeV">E [MeV].</param>
    /// <param name="recoilMeV">T [MeV].</param>
    /// <param name="m4MeV">m4 [MeV].</param>
    /// <param name="muBohr">Real, signed μ_ℓ4 [μ_B].</param>
    /// <param name="activeSterileMixing">Real weak mixing U_ℓ4 [dimensionless] of the final ν4 with ν_ℓ.</param>
    public static double InterferenceDsigmaDtCm2PerMeV(
        NeutrinoFlavor flavor,
        bool antineutrino,
        double neutrinoEnergyMeV,
        double recoilMeV,
        double m4MeV,
        double muBohr,
        double activeSterileMixing)
    {
        double gV = ElectronCouplings.Vector(flavor, antineutrino);
        double gA = ElectronCouplings.Axial(flavor, antineutrino);
        if (!RecoilKinematics.IsAllowed(neutrinoEnergyMeV, recoilMeV, ElectronMassMeV, m4MeV))
        {
            return 0.0;
        }

        const double me = ElectronMassMeV;
        double e = neutrinoEnergyMeV;
        double t = recoilMeV;
        double m4Squared = m4MeV * m4MeV;
        // spin-summed trace contraction / (16 i m_e m4), derived above
        double b = gV * (me - t) * (2.0 * me * t + m4Squared) - gA * t * (4.0 * me * e - 2.0 * me * t - m4Squared);
        double naturalPerMeV3 = PhysicalConstants.FermiConstantPerMeV2 * PhysicalConstants.FineStructure * m4MeV
            * activeSterileMixing * muBohr * b / (2.0 * Math.Sqrt(2.0) * me * me * t * e * e);
        return naturalPerMeV3 * PhysicalConstants.Cm2PerInverseMeV2;
    }
}
