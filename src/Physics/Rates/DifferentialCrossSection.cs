namespace DipolePortal.Physics.Rates;

/// <summary>
/// A differential cross section dσ/dT(E_ν, T) per target [cm² MeV⁻¹], 0 where the kinematics forbid the recoil.
/// </summary>
/// <remarks>
/// Supplied by the cross-section code (seed 002 Eq. (2) for ν e → ν₄ e, seed 003 Eq. (4) for the nucleus), so that
/// the flux folding of seed 001 Eq. (21) does not depend on any particular model.
/// </remarks>
/// <param name="neutrinoEnergyMeV">Neutrino energy E_ν [MeV].</param>
/// <param name="recoilMeV">Recoil kinetic energy T [MeV].</param>
/// <returns>dσ/dT [cm² MeV⁻¹].</returns>
public delegate double DifferentialCrossSection(double neutrinoEnergyMeV, double recoilMeV);
