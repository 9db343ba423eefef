namespace DipolePortal.Physics.Shining;

/// <summary>
/// One quadrature node of the up-scattering integral ∫dE Φ(E) ∫dT dσ/dT: the ν4 it makes and its weight.
/// </summary>
/// <param name="EventsAtOneBohr">Up-scattering events this node carries at μ = 1 μ_B, before any decay requirement
/// [dimensionless]; events at μ are μ²/μ_B² times this.</param>
/// <param name="MomentumMeV">ν4 lab momentum p4 [MeV].</param>
/// <param name="CosAngleToBeam">cosθ4 of ν4 to the beam.</param>
/// <param name="Polarization">ν4 rest-frame polarization (<see cref="SterilePolarization"/>).</param>
internal readonly record struct UpscatterSample(
    double EventsAtOneBohr, double MomentumMeV, double CosAngleToBeam, SterilePolarization Polarization);
