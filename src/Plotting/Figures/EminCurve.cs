namespace DipolePortal.Plotting.Figures;

/// <summary>Minimum neutrino energy E_min(T) needed to produce a sterile state of mass m4 at recoil energy T.</summary>
/// <param name="M4MeV">Sterile mass m4 [MeV].</param>
/// <param name="RecoilMeV">Recoil energies T [MeV].</param>
/// <param name="EminMeV">E_min at each T [MeV].</param>
/// <param name="Label">Legend label (markup); null gives "m_4 = … MeV".</param>
public sealed record EminCurve(double M4MeV, IReadOnlyList<double> RecoilMeV, IReadOnlyList<double> EminMeV, string? Label = null);
