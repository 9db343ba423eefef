namespace DipolePortal.Physics.Detector;

/// <summary>
/// A quenching (ionization-efficiency) model Y(T_nr): the electron-equivalent energy of a nuclear recoil is
/// T_ee = Y(T_nr) T_nr (seed 003, text above Eq. (9)).
/// </summary>
/// <remarks>
/// Subclasses give Y and dY/dT_nr; this base turns them into the Jacobian of seed 003 Eq. (9),
/// dR/dT_ee = (dR/dT_nr) / (Y + T_nr dY/dT_nr), and inverts T_ee → T_nr by bracketed bisection, valid wherever
/// T_ee(T_nr) is increasing (true for every model here in its stated range).
/// </remarks>
public abstract class Quenching
{
    /// <summary>Y(T_nr) [dimensionless] at nuclear recoil energy T_nr [MeV].</summary>
    public abstract double Yield(double nuclearRecoilMeV);

    /// <summary>dY/dT_nr [MeV⁻¹] at T_nr [MeV].</summary>
    public abstract double YieldSlopePerMeV(double nuclearRecoilMeV);

    /// <summary>T_ee = Y(T_nr) T_nr [MeV] (keV_ee scale in MeV).</summary>
    public double ElectronEquivalentMeV(double nuclearRecoilMeV) => Yield(nuclearRecoilMeV) * nuclearRecoilMeV;

    /// <summary>dT_ee/dT_nr = Y + T_nr dY/dT_nr [dimensionless] (denominator of seed 003 Eq. (9)).</summary>
    public double Jacobian(double nuclearRecoilMeV) =>
        Yield(nuclearRecoilMeV) + nuclearRecoilMeV * YieldSlopePerMeV(nuclearRecoilMeV);

    /// <summary>dR/dT_ee = (dR/dT_nr) / (Y + T_nr dY/dT_nr), seed 003 Eq. (9), evaluated at T_nr [MeV].</summary>
    /// <param name="ratePerNuclearMeV">dR/dT_nr [any rate unit per MeV_nr].</param>
    /// <param name="nuclearRecoilMeV">T_nr [MeV].</param>
    /// <returns>dR/dT_ee [same rate unit per MeV_ee]; 0 where the Jacobian vanishes (no ionization signal).</returns>
    public double ElectronEquivalentRate(double ratePerNuclearMeV, double nuclearRecoilMeV)
    {
        double jacobian = Jacobian(nuclearRecoilMeV);
        return jacobian > 0 ? ratePerNuclearMeV / jacobian : 0;
    }

    /// <summary>
    /// The T_nr [MeV] with Y(T_nr) T_nr = T_ee, by bisection on a bracket grown upward from T_ee (Y ≤ 1 ⇒ T_nr ≥ T_ee),
    /// to a relative precision of 10⁻¹³.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">T_ee &lt; 0.</exception>
    /// <exception cref="ArithmeticException">No T_nr below 10⁶ T_ee reaches T_ee (the model's yield is too small).</exception>
    public double NuclearRecoilMeV(double electronEquivalentMeV)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(electronEquivalentMeV);
        if (electronEquivalentMeV == 0)
        {
            return 0;
        }

        double low = 0;
        double high = electronEquivalentMeV;
        while (ElectronEquivalentMeV(high) < electronEquivalentMeV)
        {
            low = high;
            high *= 2;
            if (high > 1e6 * electronEquivalentMeV)
            {
                throw new ArithmeticException(
                    $"no nuclear recoil up to {high} MeV gives T_ee = {electronEquivalentMeV} MeV under {GetType().Name}");
            }
        }

        for (int iteration = 0; iteration < 200 && high - low > 1e-13 * high; iteration++)
        {
            double mid = 0.5 * (low + high);
            if (ElectronEquivalentMeV(mid) < electronEquivalentMeV)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return 0.5 * (low + high);
    }
}
