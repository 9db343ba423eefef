using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Detector;

/// <summary>
/// A linear quenching factor Y(T_nr) = a + b T_nr, the form COHERENT uses for argon
/// (D. Akimov et al., PRL 126, 012002 (2021), arXiv:2003.10630, doi:10.1103/PhysRevLett.126.012002;
/// seed 001 Sec. 3.2 "reported quenching factor"). The argon values live with that experiment's data
/// (data/coherent_lar_2020 parameter file), not here.
/// </summary>
public sealed class LinearQuenching : Quenching
{
    private LinearQuenching(double intercept, double slopePerMeV)
    {
        Intercept = intercept;
        SlopePerMeV = slopePerMeV;
    }

    /// <summary>a [dimensionless].</summary>
    public double Intercept { get; }

    /// <summary>b [MeV⁻¹].</summary>
    public double SlopePerMeV { get; }

    /// <summary>From a and b with b per keV_nr, as published (e.g. a = 0.246, b = 7.8×10⁻⁴ keV⁻¹), converted at this edge.</summary>
    public static LinearQuenching FromKeV(double intercept, double slopePerKeV) =>
        new(intercept, slopePerKeV / PhysicalConstants.MeVPerKeV);

    /// <inheritdoc/>
    public override double Yield(double nuclearRecoilMeV) => Intercept + SlopePerMeV * nuclearRecoilMeV;

    /// <inheritdoc/>
    public override double YieldSlopePerMeV(double nuclearRecoilMeV) => SlopePerMeV;
}
