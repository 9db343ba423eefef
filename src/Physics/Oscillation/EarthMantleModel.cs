using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Oscillation;

/// <summary>
/// A constant-density Earth for day–night regeneration: the mean mantle density and electron fraction, and the
/// fraction of the year the Sun is below the horizon.
/// </summary>
/// <param name="DensityGPerCm3">Mass density ρ [g cm⁻³].</param>
/// <param name="ElectronFraction">Electrons per nucleon Y_e [dimensionless].</param>
/// <param name="NightFraction">Fraction of the exposure during which the Sun is below the horizon [dimensionless].</param>
public sealed record EarthMantleModel(double DensityGPerCm3, double ElectronFraction, double NightFraction)
{
    /// <summary>
    /// Mean mantle: ρ = 4.5 g cm⁻³ (PREM mantle 3.4–5.6 g cm⁻³, Dziewonski &amp; Anderson, PEPI 25, 297 (1981),
    /// doi:10.1016/0031-9201(81)90046-7), Y_e = 0.494, and a night fraction of ½ (a year-long exposure at any
    /// latitude). The core, crossed only near the nadir, is neglected.
    /// </summary>
    public static EarthMantleModel Mantle { get; } = new(4.5, 0.494, 0.5);

    /// <summary>Electron density n_e = ρ Y_e N_A [cm⁻³].</summary>
    public double ElectronDensityPerCm3 => DensityGPerCm3 * ElectronFraction * PhysicalConstants.AvogadroPerMol;
}
