namespace DipolePortal.Physics.Shining;

/// <summary>
/// The photon of ν4 → ν γ boosted from the ν4 rest frame (E* = m4/2, massless ν) to the lab, where ν4 has momentum p4:
/// E_γ = γE*(1 + β cosθ*), θ* measured from the ν4 flight direction, γ = E4/m4, γβ = p4/m4.
/// </summary>
public static class PhotonBoost
{
    /// <summary>Rest-frame photon energy E* = m4/2 [MeV] (ν massless).</summary>
    /// <param name="m4MeV">m4 [MeV].</param>
    public static double RestFrameEnergyMeV(double m4MeV) => m4MeV / 2.0;

    /// <summary>Lab photon energy E_γ = γE*(1 + β cosθ*) = (E4 + p4 cosθ*)/2 [MeV].</summary>
    /// <param name="m4MeV">m4 [MeV].</param>
    /// <param name="momentumMeV">ν4 lab momentum p4 [MeV].</param>
    /// <param name="cosRestAngle">cosθ* of the photon to the ν4 direction, in the ν4 rest frame.</param>
    public static double LabEnergyMeV(double m4MeV, double momentumMeV, double cosRestAngle) =>
        (Math.Sqrt(m4MeV * m4MeV + momentumMeV * momentumMeV) + momentumMeV * cosRestAngle) / 2.0;

    /// <summary>The lab photon energies reachable, [γ(1 − β)m4/2, γ(1 + β)m4/2] = [(E4 − p4)/2, (E4 + p4)/2] [MeV].</summary>
    /// <remarks>The lower end is written m4²/(2(E4 + p4)) to avoid cancellation for fast ν4.</remarks>
    /// <param name="m4MeV">m4 [MeV].</param>
    /// <param name="momentumMeV">ν4 lab momentum p4 [MeV].</param>
    public static (double MinMeV, double MaxMeV) LabEnergyRangeMeV(double m4MeV, double momentumMeV)
    {
        double e4 = Math.Sqrt(m4MeV * m4MeV + momentumMeV * momentumMeV);
        return (m4MeV * m4MeV / (2.0 * (e4 + momentumMeV)), (e4 + momentumMeV) / 2.0);
    }

    /// <summary>
    /// Lab cosine of the photon angle to the beam (ẑ), for a ν4 at angle θ4 to the beam and a rest-frame photon direction
    /// n̂* = cosθ* p̂4 + sinθ*(cosφ* ê_T + sinφ* ŷ), ê_T = (ẑ − cosθ4 p̂4)/sinθ4.
    /// </summary>
    /// <remarks>
    /// Lab photon momentum: along p̂4, γE*(cosθ* + β); transverse, E* sinθ*(cosφ* ê_T + sinφ* ŷ) (unchanged by the boost).
    /// Then cosθ_γ = [γE*(cosθ* + β) cosθ4 + E* sinθ* cosφ* sinθ4]/E_γ, since p̂4·ẑ = cosθ4 and ê_T·ẑ = sinθ4.
    /// </remarks>
    /// <param name="m4MeV">m4 [MeV].</param>
    /// <param name="momentumMeV">ν4 lab momentum p4 [MeV].</param>
    /// <param name="cosSterileToBeam">cosθ4.</param>
    /// <param name="cosRestAngle">cosθ*.</param>
    /// <param name="restAzimuthRad">φ* [rad].</param>
    public static double LabCosAngleToBeam(
        double m4MeV, double momentumMeV, double cosSterileToBeam, double cosRestAngle, double restAzimuthRad)
    {
        double e4 = Math.Sqrt(m4MeV * m4MeV + momentumMeV * momentumMeV);
        double sinRest = Math.Sqrt(Math.Max(1.0 - cosRestAngle * cosRestAngle, 0.0));
        double sinSterile = Math.Sqrt(Math.Max(1.0 - cosSterileToBeam * cosSterileToBeam, 0.0));
        double alongSterile = (e4 * cosRestAngle + momentumMeV) / 2.0;
        double transverse = m4MeV / 2.0 * sinRest * Math.Cos(restAzimuthRad);
        double energy = (e4 + momentumMeV * cosRestAngle) / 2.0;
        return Math.Clamp((alongSterile * cosSterileToBeam + transverse * sinSterile) / energy, -1.0, 1.0);
    }

    /// <summary>
    /// Fraction of photons with lab energy in [lowMeV, highMeV] when the rest-frame distribution is (1 + A cosθ*)/2:
    /// ∫(1 + A c)/2 dc over the overlap, with c = (2E_γ − E4)/p4 the linear map from E_γ to cosθ*. For A = 0 the lab
    /// spectrum is flat between the endpoints of <see cref="LabEnergyRangeMeV"/>.
    /// </summary>
    /// <param name="m4MeV">m4 [MeV].</param>
    /// <param name="momentumMeV">ν4 lab momentum p4 [MeV], &gt; 0.</param>
    /// <param name="asymmetry">A = a·P_L ∈ [−1, 1], relative to the ν4 flight direction.</param>
    /// <param name="lowMeV">Lower edge [MeV].</param>
    /// <param name="highMeV">Upper edge [MeV].</param>
    public static double FractionInEnergyRange(double m4MeV, double momentumMeV, double asymmetry, double lowMeV, double highMeV)
    {
        double e4 = Math.Sqrt(m4MeV * m4MeV + momentumMeV * momentumMeV);
        double c1 = ToRestCos(lowMeV, e4, momentumMeV);
        double c2 = ToRestCos(highMeV, e4, momentumMeV);
        return c2 > c1 ? ((c2 - c1) + asymmetry * (c2 * c2 - c1 * c1) / 2.0) / 2.0 : 0.0;
    }

    // At p4 = 0 (exactly at threshold) every photon has E4/2: the map degenerates to a step.
    private static double ToRestCos(double photonEnergyMeV, double e4, double p4) =>
        p4 > 0 ? Math.Clamp((2.0 * photonEnergyMeV - e4) / p4, -1.0, 1.0) : (2.0 * photonEnergyMeV > e4 ? 1.0 : -1.0);
}
