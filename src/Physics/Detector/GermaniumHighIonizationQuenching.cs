using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Detector;

/// <summary>
/// The "high" ionization-efficiency model for germanium of seed 003 Eq. (10), Y(T_nr) = 0.18 [1 − exp((15 − T_nr)/71.03)],
/// with T_nr in eV (R. Essig, M. Sholapurkar, T.-T. Yu, PRD 97, 095029 (2018), arXiv:1801.10159,
/// doi:10.1103/PhysRevD.97.095029).
/// </summary>
/// <remarks>
/// Units: as printed, with T_nr in keV, Y would be negative below 15 keV; with T_nr in eV the same expression is
/// 0.18 [1 − e^{−(T_nr − 15 eV)/71.03 eV}] — zero at a 15 eV threshold and rising towards 0.18 — which matches the
/// validity range seed 003 states for it, 0.015 keV &lt; T_nr &lt; 0.254 keV. That is what is implemented; below 15 eV
/// Y = 0 (no ionization). Above 0.254 keV seed 003 switches to <see cref="LindhardQuenching"/>; the two do not join
/// continuously (0.174 vs 0.143 at 0.254 keV), so neither is extended across the switch here. The eV reading is
/// inferred from that internal consistency; the formula could not be checked against the text of arXiv:1801.10159.
/// </remarks>
public sealed class GermaniumHighIonizationQuenching : Quenching
{
    /// <summary>Ionization threshold T₀ = 15 eV [MeV].</summary>
    public const double ThresholdMeV = 15 * PhysicalConstants.MeVPerEV;

    /// <summary>Rise scale 71.03 eV [MeV].</summary>
    public const double ScaleMeV = 71.03 * PhysicalConstants.MeVPerEV;

    /// <summary>Asymptotic yield 0.18 [dimensionless].</summary>
    public const double Plateau = 0.18;

    /// <summary>Upper end of the model's validity, 0.254 keV [MeV] (seed 003).</summary>
    public const double ValidUpToMeV = 0.254 * PhysicalConstants.MeVPerKeV;

    /// <inheritdoc/>
    public override double Yield(double nuclearRecoilMeV) =>
        nuclearRecoilMeV <= ThresholdMeV ? 0 : Plateau * (1 - Math.Exp((ThresholdMeV - nuclearRecoilMeV) / ScaleMeV));

    /// <inheritdoc/>
    public override double YieldSlopePerMeV(double nuclearRecoilMeV) =>
        nuclearRecoilMeV <= ThresholdMeV ? 0 : Plateau / ScaleMeV * Math.Exp((ThresholdMeV - nuclearRecoilMeV) / ScaleMeV);
}
