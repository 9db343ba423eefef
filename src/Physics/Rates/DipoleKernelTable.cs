using DipolePortal.Physics.CrossSections;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Rates;

/// <summary>
/// The dipole up-scattering rate of one flux component on free electrons, for any (T, m4), from m4-independent tables:
/// dR/dT = Φ ∫_{E_min(T, m4)}^{E_end} dE ρ (w·P) dσ_dip/dT = Σₙ aₙ(T, m4) Mₙ(E_min(T, m4)) [s⁻¹ MeV⁻¹ per target],
/// seed 002 Eqs. (2), (3), (6); issue 8 item 2.
/// </summary>
/// <remarks>
/// The bracket of seed 002 Eq. (2) is 1/T − (1 + u)/E − ½(m_e − T)u(1 + u)/E² with u = m4²/(2m_eT)
/// (<see cref="InverseEnergyExpansion.Dipole"/>): m4 enters only through the coefficients aₙ and through the lower limit
/// E_min = E_min(T, 0)(1 + u). The flux moments Mₙ(E_lo) (<see cref="CumulativeFluxMoments"/>) are tabulated once per
/// component and flavor weights, so a new (T, m4) costs one binary search, one partial interval and three multiply–adds.
/// The rate is exactly 0 where E_min &gt; E_end (the bracket is never clamped; it is only integrated where E ≥ E_min).
/// Agrees with <see cref="FluxFolding"/> applied to <see cref="ElectronScattering.DipoleDsigmaDtCm2PerMeV"/> to round-off
/// (DipoleKernelTableTests).
/// </remarks>
public sealed class DipoleKernelTable
{
    private readonly CumulativeFluxMoments _moments;

    private DipoleKernelTable(CumulativeFluxMoments moments) => _moments = moments;

    /// <summary>Highest neutrino energy of the component E_end [MeV].</summary>
    public double EndpointMeV => _moments.EndpointMeV;

    /// <summary>
    /// Tabulates one component for one weight vector (seed 002 Eq. (3): w_ℓ = 1 where μ_ℓ4 is switched on; seed 001
    /// Sec. 2.1: wᵢ = 1 on the mass state νᵢ where Λ_i4 is).
    /// </summary>
    /// <param name="component">The flux at the detector.</param>
    /// <param name="flavorWeights">Weights on the arriving flavors or mass states.</param>
    public static DipoleKernelTable Build(FluxComponent component, ArrivalWeights flavorWeights) =>
        new(CumulativeFluxMoments.Build(component, flavorWeights));

    /// <summary>dR/dT per target [events s⁻¹ MeV⁻¹] for μ = 1 μ_B (multiply by μ²) at recoil T and mass m4. No allocation.</summary>
    /// <param name="recoilMeV">Electron recoil T [MeV], &gt; 0.</param>
    /// <param name="m4MeV">Sterile mass m4 [MeV], ≥ 0.</param>
    public double RatePerTargetPerSPerMeVPerMuB2(double recoilMeV, double m4MeV)
    {
        double lowerMeV = RecoilKinematics.MinimumNeutrinoEnergyMeV(recoilMeV, PhysicalConstants.ElectronMassMeV, m4MeV);
        return lowerMeV > _moments.EndpointMeV
            ? 0.0 // kinematically closed: exactly zero
            : _moments.FoldAbove(lowerMeV, InverseEnergyExpansion.Dipole(recoilMeV, m4MeV, 1.0));
    }

    /// <summary>
    /// The same rate from E_min(T, m4) and the bracket at (T, m4), when the caller computes them once for several components
    /// (the same bits as <see cref="RatePerTargetPerSPerMeVPerMuB2(double, double)"/>). No allocation.
    /// </summary>
    /// <param name="lowerMeV">E_min(T, m4) on an electron [MeV].</param>
    /// <param name="dipole"><see cref="InverseEnergyExpansion.Dipole"/>(T, m4, 1).</param>
    public double RatePerTargetPerSPerMeVPerMuB2(double lowerMeV, DsigmaDtPolynomial dipole) =>
        lowerMeV > _moments.EndpointMeV ? 0.0 : _moments.FoldAbove(lowerMeV, dipole);
}
