namespace DipolePortal.Physics.Shining;

/// <summary>
/// The outgoing ν4 in ν(E) + A(M, at rest) → ν4(m4) + A(recoil T): its lab energy, momentum and direction relative to the
/// incoming neutrino (the beam, ẑ). Two-body kinematics; energies and masses in MeV.
/// </summary>
public static class UpscatterKinematics
{
    /// <summary>ν4 lab energy E4 = E − T [MeV].</summary>
    /// <param name="neutrinoEnergyMeV">E [MeV].</param>
    /// <param name="recoilMeV">T [MeV].</param>
    public static double SterileEnergyMeV(double neutrinoEnergyMeV, double recoilMeV) => neutrinoEnergyMeV - recoilMeV;

    /// <summary>ν4 lab momentum p4 = √(E4² − m4²) [MeV] (0 if E4 &lt; m4 by round-off at threshold).</summary>
    /// <param name="neutrinoEnergyMeV">E [MeV].</param>
    /// <param name="recoilMeV">T [MeV].</param>
    /// <param name="m4MeV">m4 [MeV].</param>
    public static double SterileMomentumMeV(double neutrinoEnergyMeV, double recoilMeV, double m4MeV)
    {
        double e4 = SterileEnergyMeV(neutrinoEnergyMeV, recoilMeV);
        return Math.Sqrt(Math.Max((e4 - m4MeV) * (e4 + m4MeV), 0.0));
    }

    /// <summary>Cosine of the ν4 angle to the beam, cosθ4 = (E² + p4² − p_A²)/(2E p4), p_A² = T² + 2MT.</summary>
    /// <remarks>From p⃗_ν = p⃗4 + p⃗_A squared with p_A eliminated. Clamped to [−1, 1] against round-off.</remarks>
    /// <param name="neutrinoEnergyMeV">E [MeV].</param>
    /// <param name="recoilMeV">T [MeV].</param>
    /// <param name="targetMassMeV">M [MeV].</param>
    /// <param name="m4MeV">m4 [MeV].</param>
    public static double SterileCosAngleToBeam(double neutrinoEnergyMeV, double recoilMeV, double targetMassMeV, double m4MeV)
    {
        double p4 = SterileMomentumMeV(neutrinoEnergyMeV, recoilMeV, m4MeV);
        if (p4 <= 0)
        {
            return 1.0;
        }

        double e = neutrinoEnergyMeV;
        double recoilMomentumSquared = recoilMeV * recoilMeV + 2.0 * targetMassMeV * recoilMeV;
        return Math.Clamp((e * e + p4 * p4 - recoilMomentumSquared) / (2.0 * e * p4), -1.0, 1.0);
    }
}
