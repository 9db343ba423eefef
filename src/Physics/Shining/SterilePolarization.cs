namespace DipolePortal.Physics.Shining;

/// <summary>
/// Polarization of a ν4 made by dipole up-scattering of a neutrino ν_L on a nucleus, as its rest-frame polarization
/// vector: Longitudinal along the ν4 lab momentum (the helicity polarization, +1 = helicity +½) and Transverse along ê_T,
/// the in-plane direction ⊥ to the ν4 momentum on the beam side, ê_T = (ẑ − cosθ4 p̂4)/sinθ4. No component normal to the
/// scattering plane arises at tree level with a real moment (it would be T-odd).
/// </summary>
/// <remarks>
/// Derivation (docs/physics.md, "Shining CEvNS"): with the vertex μσ^{αβ}q_β P_L and the point-charge nuclear tensor of
/// seed 001 Eq. (17), P̃^αP̃^ρ + q²g^{αρ} (P̃ = P + P′, terms ∝ q^α dropping out), the spin projector (1 + γ5 s̸)/2 gives
/// |M(s)|² ∝ (k′ + m4 s)·V with
/// V = 2(k·P̃)Q²P̃ + 2(q·k)(2Q² − P̃²)q + Q²(Q² − P̃²)k, q = k − k′, Q² = −q² = 2MT, P̃² = 4M² + 2MT,
/// k·P̃ = 2ME − MT − m4²/2, q·k = −(m4² + Q²)/2. So the polarization along any spin vector s is P_s = m4 s·V/(k′·V), and
/// k′·V = 4M Q⁴E² × [seed 001 Eq. (17) bracket] (a test checks this identity). As m4/E4 → 0, m4 s_L → k′ and P_L → +1:
/// the dipole flips the helicity. For an incoming ν̄_R the ν̄4 carries the CP image, −P⃗ in the same (p̂4, ê_T) axes;
/// together with the opposite decay asymmetry this leaves every lab photon distribution unchanged.
/// </remarks>
/// <param name="Longitudinal">Helicity polarization P_L ∈ [−1, 1] of ν4 (incoming ν_L).</param>
/// <param name="Transverse">In-plane transverse polarization P_T ∈ [−1, 1] along ê_T.</param>
public readonly record struct SterilePolarization(double Longitudinal, double Transverse)
{
    /// <summary>Polarization of ν4 from ν_L(E) A(M) → ν4(m4) A(T) at a kinematically allowed point (see remarks).</summary>
    /// <param name="neutrinoEnergyMeV">E [MeV].</param>
    /// <param name="recoilMeV">T [MeV], inside the allowed interval.</param>
    /// <param name="targetMassMeV">M [MeV].</param>
    /// <param name="m4MeV">m4 [MeV], &gt; 0.</param>
    public static SterilePolarization FromUpscattering(double neutrinoEnergyMeV, double recoilMeV, double targetMassMeV, double m4MeV)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(m4MeV);
        double e = neutrinoEnergyMeV;
        double m = targetMassMeV;
        var (a, b, c, rate) = Coefficients(e, recoilMeV, m, m4MeV);
        if (!(rate > 0))
        {
            return new SterilePolarization(0.0, 0.0);
        }

        double e4 = UpscatterKinematics.SterileEnergyMeV(e, recoilMeV);
        double p4 = UpscatterKinematics.SterileMomentumMeV(e, recoilMeV, m4MeV);
        double cos = UpscatterKinematics.SterileCosAngleToBeam(e, recoilMeV, m, m4MeV);
        double sin = Math.Sqrt(Math.Max(1.0 - cos * cos, 0.0));

        // Helicity spin vector s_L = (p4, E4 p̂4)/m4; s·q = s·k because s·k′ = 0; s·P̃ = 2M s⁰ + s·q.
        double longitudinalDotK = e * (p4 - e4 * cos) / m4MeV;
        double longitudinalDotV = a * (2.0 * m * p4 / m4MeV + longitudinalDotK) + (b + c) * longitudinalDotK;

        // Transverse spin vector s_T = (0, ê_T), ê_T·ẑ = sinθ4: s_T·k = −E sinθ4.
        double transverseDotK = -e * sin;
        double transverseDotV = (a + b + c) * transverseDotK;

        return new SterilePolarization(
            Math.Clamp(m4MeV * longitudinalDotV / rate, -1.0, 1.0),
            Math.Clamp(m4MeV * transverseDotV / rate, -1.0, 1.0));
    }

    /// <summary>
    /// The identity's left side k′·V / (4M Q⁴ E²) [MeV⁻¹], which equals the dipole bracket of seed 001 Eq. (17); exposed
    /// so that tests can hold the polarization algebra against the cross section.
    /// </summary>
    /// <param name="neutrinoEnergyMeV">E [MeV].</param>
    /// <param name="recoilMeV">T [MeV].</param>
    /// <param name="targetMassMeV">M [MeV].</param>
    /// <param name="m4MeV">m4 [MeV].</param>
    public static double BracketFromSpinAlgebraPerMeV(double neutrinoEnergyMeV, double recoilMeV, double targetMassMeV, double m4MeV)
    {
        double qSquaredAbs = 2.0 * targetMassMeV * recoilMeV;
        double rate = Coefficients(neutrinoEnergyMeV, recoilMeV, targetMassMeV, m4MeV).Rate;
        return rate / (4.0 * targetMassMeV * qSquaredAbs * qSquaredAbs * neutrinoEnergyMeV * neutrinoEnergyMeV);
    }

    /// <summary>V = A·P̃ + B·q + C·k and the rate k′·V (see the type's remarks).</summary>
    private static (double A, double B, double C, double Rate) Coefficients(double e, double t, double m, double m4MeV)
    {
        double m4Squared = m4MeV * m4MeV;
        double qSquaredAbs = 2.0 * m * t;
        double pTildeSquared = 4.0 * m * m + 2.0 * m * t;
        double kDotPTilde = 2.0 * m * e - m * t - m4Squared / 2.0;
        double qDotK = -(m4Squared + qSquaredAbs) / 2.0;
        double a = 2.0 * kDotPTilde * qSquaredAbs;
        double b = 2.0 * qDotK * (2.0 * qSquaredAbs - pTildeSquared);
        double c = qSquaredAbs * (qSquaredAbs - pTildeSquared);

        // k′·P̃ = k·P̃, k′·q = (Q² − m4²)/2, k′·k = (m4² + Q²)/2.
        double rate = a * kDotPTilde + b * (qSquaredAbs - m4Squared) / 2.0 + c * (m4Squared + qSquaredAbs) / 2.0;
        return (a, b, c, rate);
    }
}
