namespace DipolePortal.Physics.Kinematics;

/// <summary>
/// A closed interval of target recoil kinetic energy [MinMeV, MaxMeV] in MeV that a neutrino of given energy can
/// produce; empty when MaxMeV &lt; MinMeV (below threshold).
/// </summary>
/// <param name="MinMeV">Smallest allowed recoil kinetic energy T_min [MeV].</param>
/// <param name="MaxMeV">Largest allowed recoil kinetic energy T_max [MeV].</param>
public readonly record struct RecoilInterval(double MinMeV, double MaxMeV)
{
    /// <summary>The interval that contains no recoil (a neutrino below threshold).</summary>
    public static RecoilInterval Empty { get; } = new(double.PositiveInfinity, double.NegativeInfinity);

    /// <summary>True when no recoil energy is allowed (MaxMeV &lt; MinMeV, or either bound is NaN).</summary>
    public bool IsEmpty => !(MaxMeV >= MinMeV);

    /// <summary>True when MinMeV ≤ recoilMeV ≤ MaxMeV.</summary>
    /// <param name="recoilMeV">Recoil kinetic energy T [MeV].</param>
    public bool Contains(double recoilMeV) => !IsEmpty && recoilMeV >= MinMeV && recoilMeV <= MaxMeV;
}
