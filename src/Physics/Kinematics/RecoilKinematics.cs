namespace DipolePortal.Physics.Kinematics;

/// <summary>
/// Exact two-body kinematics of ν(E, massless) + target(mass M, at rest) → ν4(m4) + target(recoil kinetic energy T).
/// All energies and masses in MeV. See docs/physics.md, "Kinematics".
/// </summary>
/// <remarks>
/// Energy–momentum conservation gives the minimum neutrino energy for a recoil T,
/// E_min(T) = (m4² + 2MT) / (2(√(T² + 2MT) − T)),
/// which is seed 002 Eq. (6) for electrons, (T/2)(1 + √(1 + 2m_e/T))(1 + m4²/(2m_eT)), and seed 003 Eq. (7) at m4 = 0.
/// Seed 003 Eq. (8) as printed has the denominator 2√(T(T+2M)) − T, which does not reduce to its own Eq. (7) at m4 = 0
/// (it should read 2(√(T(T+2M)) − T)): a typo, not used here.
/// </remarks>
public static class RecoilKinematics
{
    /// <summary>Minimum neutrino energy E_min [MeV] that can give a target recoil T with a final ν4 of mass m4.</summary>
    /// <remarks>
    /// E_min = (m4² + 2MT) / (2(√(T²+2MT) − T)) = (m4² + 2MT)(√(T²+2MT) + T) / (4MT), the second form being free of
    /// cancellation at T ≪ M. Seed 002 Eq. (6); seed 003 Eq. (7) at m4 = 0; seed 001 Eq. (22).
    /// </remarks>
    /// <param name="recoilMeV">Target recoil kinetic energy T [MeV], &gt; 0.</param>
    /// <param name="targetMassMeV">Target mass M [MeV] (electron or nucleus), &gt; 0.</param>
    /// <param name="m4MeV">Mass of the outgoing neutrino m4 [MeV], ≥ 0.</param>
    public static double MinimumNeutrinoEnergyMeV(double recoilMeV, double targetMassMeV, double m4MeV)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(recoilMeV);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetMassMeV);
        ArgumentOutOfRangeException.ThrowIfNegative(m4MeV);
        double twoMT = 2.0 * targetMassMeV * recoilMeV;
        double momentumMeV = Math.Sqrt(recoilMeV * recoilMeV + twoMT);
        return (m4MeV * m4MeV + twoMT) * (momentumMeV + recoilMeV) / (2.0 * twoMT);
    }

    /// <summary>The recoil energies [MeV] a neutrino of energy E can produce, i.e. the T with E ≥ E_min(T).</summary>
    /// <remarks>
    /// Squaring E ≥ E_min(T) gives a·T² − b·T + c ≤ 0 with a = 4M(M + 2E), b = 8E²M − 4m4²(M + E), c = m4⁴.
    /// The roots are taken in the cancellation-free forms T_min = 2c/(b + √D), T_max = (b + √D)/(2a), D = b² − 4ac.
    /// At m4 = 0: T_min = 0, T_max = 2E²/(M + 2E). Empty below threshold E &lt; m4 + m4²/(2M).
    /// </remarks>
    /// <param name="neutrinoEnergyMeV">Incoming neutrino energy E [MeV].</param>
    /// <param name="targetMassMeV">Target mass M [MeV].</param>
    /// <param name="m4MeV">Outgoing neutrino mass m4 [MeV].</param>
    public static RecoilInterval AllowedRecoilMeV(double neutrinoEnergyMeV, double targetMassMeV, double m4MeV)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetMassMeV);
        ArgumentOutOfRangeException.ThrowIfNegative(m4MeV);
        double e = neutrinoEnergyMeV;
        double m = targetMassMeV;
        if (!(e > 0) || e < ThresholdNeutrinoEnergyMeV(m, m4MeV))
        {
            return RecoilInterval.Empty;
        }

        double m4Squared = m4MeV * m4MeV;
        double a = 4.0 * m * (m + 2.0 * e);
        double b = 8.0 * e * e * m - 4.0 * m4Squared * (m + e);
        double c = m4Squared * m4Squared;
        double discriminant = b * b - 4.0 * a * c;
        if (b <= 0)
        {
            return RecoilInterval.Empty;
        }

        // Exactly at threshold round-off may leave D slightly negative: the interval is then one point.
        double root = b + Math.Sqrt(Math.Max(discriminant, 0.0));
        return new RecoilInterval(2.0 * c / root, root / (2.0 * a));
    }

    /// <summary>Largest recoil T_max [MeV] a neutrino of energy E can produce; 0 below threshold.</summary>
    /// <remarks>Upper root of seed-002-Eq.-(6) inversion (see <see cref="AllowedRecoilMeV"/>); at m4 = 0, 2E²/(M + 2E).</remarks>
    /// <param name="neutrinoEnergyMeV">Incoming neutrino energy E [MeV].</param>
    /// <param name="targetMassMeV">Target mass M [MeV].</param>
    /// <param name="m4MeV">Outgoing neutrino mass m4 [MeV].</param>
    public static double MaximumRecoilMeV(double neutrinoEnergyMeV, double targetMassMeV, double m4MeV)
    {
        RecoilInterval interval = AllowedRecoilMeV(neutrinoEnergyMeV, targetMassMeV, m4MeV);
        return interval.IsEmpty ? 0.0 : interval.MaxMeV;
    }

    /// <summary>True when the recoil T is kinematically reachable: T &gt; 0 and E ≥ E_min(T, m4).</summary>
    /// <remarks>Seed 002 Eq. (6); seed 003 Eq. (5) is the same condition solved for m4².</remarks>
    /// <param name="neutrinoEnergyMeV">Incoming neutrino energy E [MeV].</param>
    /// <param name="recoilMeV">Target recoil kinetic energy T [MeV].</param>
    /// <param name="targetMassMeV">Target mass M [MeV].</param>
    /// <param name="m4MeV">Outgoing neutrino mass m4 [MeV].</param>
    public static bool IsAllowed(double neutrinoEnergyMeV, double recoilMeV, double targetMassMeV, double m4MeV) =>
        recoilMeV > 0 && neutrinoEnergyMeV > 0
        && neutrinoEnergyMeV >= MinimumNeutrinoEnergyMeV(recoilMeV, targetMassMeV, m4MeV);

    /// <summary>Threshold neutrino energy E_th = m4 + m4²/(2M) [MeV] to produce ν4 on a target at rest.</summary>
    /// <remarks>From s = (m4 + M)² with s = M² + 2ME; the minimum of E_min(T) over T.</remarks>
    /// <param name="targetMassMeV">Target mass M [MeV].</param>
    /// <param name="m4MeV">Outgoing neutrino mass m4 [MeV].</param>
    public static double ThresholdNeutrinoEnergyMeV(double targetMassMeV, double m4MeV)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetMassMeV);
        ArgumentOutOfRangeException.ThrowIfNegative(m4MeV);
        return m4MeV + m4MeV * m4MeV / (2.0 * targetMassMeV);
    }
}
