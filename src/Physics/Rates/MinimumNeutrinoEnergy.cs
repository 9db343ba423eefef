namespace DipolePortal.Physics.Rates;

/// <summary>
/// The smallest neutrino energy E_ν^min(T) [MeV] that can produce a recoil T (seed 001 Eq. (22); seed 002 Eq. (6) for
/// an outgoing ν₄ of mass m₄). The lower limit of the flux folding.
/// </summary>
/// <param name="recoilMeV">Recoil kinetic energy T [MeV].</param>
/// <returns>E_ν^min [MeV]; +∞ when no neutrino energy can produce the recoil.</returns>
public delegate double MinimumNeutrinoEnergy(double recoilMeV);
