using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Shining;

/// <summary>
/// Radiative decay ν4 → ν γ through the transition magnetic moment that also produces ν4 in up-scattering.
/// Convention (the one of the up-scattering cross section, seed 001 Eq. (17), and of NuclearScattering):
/// ℒ = (μ/2) ν̄4 σ^{αβ} P_L ν F_αβ + h.c., μ = (μ/μ_B)·e/(2m_e). See docs/physics.md, "Shining CEvNS".
/// </summary>
public static class SterileDecay
{
    /// <summary>Reduced Planck constant times c, ħc [MeV cm] = 197.3269804 MeV fm × 10⁻¹³ cm/fm.</summary>
    public const double HbarCMeVCm = PhysicalConstants.HbarCMeVFm * PhysicalConstants.CmPerFm;

    /// <summary>Transition moment in natural units μ [MeV⁻¹] = (μ/μ_B)·√(4πα)/(2m_e) (μ_B = e/(2m_e), e = √(4πα)).</summary>
    /// <param name="muBohr">|μ| [μ_B].</param>
    public static double MomentPerMeV(double muBohr) =>
        muBohr * Math.Sqrt(4.0 * Math.PI * PhysicalConstants.FineStructure) / (2.0 * PhysicalConstants.ElectronMassMeV);

    /// <summary>Total width Γ(ν4 → ν γ) [MeV]: μ²m4³/(16π) for Dirac ν4, twice that, μ²m4³/(8π), for Majorana ν4.</summary>
    /// <remarks>
    /// With the vertex μσ^{αβ}q_β P_R of the convention above, Σ|M|² = 2μ²m4⁴ (spin-summed) and Γ = |p|Σ|M|²/(2·8πm4²)
    /// = μ²m4³/(16π) (massless ν). In the notation ℒ = d ν̄_L σ^{αβ} N F_αβ of Magill, Plestid, Pospelov &amp; Tsai,
    /// PRD 98, 115015 (2018), arXiv:1803.03262, d = μ/2 and this is their Γ = d²m4³/(4π). A Majorana ν4 also decays to
    /// ν̄ γ with the same rate (the h.c. term, by the Majorana flip identity), doubling the width; production is unchanged.
    /// The width is also Giunti &amp; Studenikin, RMP 87, 531 (2015), Γ = m³(|μ_ij|² + |ε_ij|²)/(8π) with |μ_ij| = |ε_ij| = μ/2.
    /// Checked by an explicit Dirac-matrix spin sum in the tests.
    /// </remarks>
    /// <param name="m4MeV">m4 [MeV], &gt; 0.</param>
    /// <param name="muBohr">|μ| [μ_B], &gt; 0.</param>
    /// <param name="nature">Dirac or Majorana.</param>
    public static double DecayWidthMeV(double m4MeV, double muBohr, NeutrinoNature nature)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(m4MeV);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(muBohr);
        double mu = MomentPerMeV(muBohr);
        double dirac = mu * mu * m4MeV * m4MeV * m4MeV / (16.0 * Math.PI);
        return nature == NeutrinoNature.Majorana ? 2.0 * dirac : dirac;
    }

    /// <summary>Proper decay length cτ = ħc/Γ [cm].</summary>
    /// <param name="m4MeV">m4 [MeV].</param>
    /// <param name="muBohr">|μ| [μ_B].</param>
    /// <param name="nature">Dirac or Majorana.</param>
    public static double ProperDecayLengthCm(double m4MeV, double muBohr, NeutrinoNature nature) =>
        HbarCMeVCm / DecayWidthMeV(m4MeV, muBohr, nature);

    /// <summary>Lab decay length L = γβcτ = (p4/m4)·ħc/Γ [cm], ∝ p4 μ⁻² m4⁻⁴.</summary>
    /// <param name="m4MeV">m4 [MeV].</param>
    /// <param name="momentumMeV">Lab momentum of ν4, p4 = √(E4² − m4²) [MeV], ≥ 0.</param>
    /// <param name="muBohr">|μ| [μ_B].</param>
    /// <param name="nature">Dirac or Majorana.</param>
    public static double DecayLengthCm(double m4MeV, double momentumMeV, double muBohr, NeutrinoNature nature)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(momentumMeV);
        return momentumMeV / m4MeV * ProperDecayLengthCm(m4MeV, muBohr, nature);
    }

    /// <summary>
    /// Photon asymmetry a in the ν4 rest frame, dΓ/dcosθ* ∝ 1 + a·P cosθ* with θ* from the ν4 spin and P its degree of
    /// polarization: −1 for Dirac ν4 → ν_L γ (the photon leaves against the spin; ν̄4 → ν̄ γ has +1 relative to its own
    /// spin, the CP image), 0 for Majorana (the ν γ and ν̄ γ channels carry −1 and +1 with equal rates).
    /// </summary>
    /// <remarks>
    /// From Σ|M|²(s) ∝ q·(p + m4 s) for the vertex σ^{αβ}q_β P_R and the spin projector (1 + γ5 s̸)/2: in the rest frame
    /// ∝ 1 − ŝ·n̂_γ. Angular momentum says the same: ν_L has helicity −½, so the photon must have helicity −1 and
    /// J along the ν direction is +½.
    /// </remarks>
    /// <param name="nature">Dirac or Majorana.</param>
    public static double PhotonAsymmetry(NeutrinoNature nature) => nature == NeutrinoNature.Dirac ? -1.0 : 0.0;
}
