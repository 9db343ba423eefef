namespace DipolePortal.Physics.Oscillation;

/// <summary>How the flavor composition of solar neutrinos at the Earth is computed.</summary>
public sealed record SolarOscillationOptions
{
    /// <summary>The default: NuFIT 5.3 normal ordering, with day–night regeneration in a mantle-density Earth.</summary>
    public static SolarOscillationOptions Default { get; } = new();

    /// <summary>Vacuum oscillation parameters (default <see cref="OscillationParameters.NuFit53NormalOrdering"/>).</summary>
    public OscillationParameters Parameters { get; init; } = OscillationParameters.NuFit53NormalOrdering;

    /// <summary>
    /// Whether to add the exposure-averaged night-time regeneration (default true: seed 002 includes the day–night
    /// asymmetry). Averaged over day and night it raises P_ee(⁸B, 10 MeV) from 0.325 to 0.333 (+2.4%) and changes
    /// pp by less than 10⁻³ (relative).
    /// </summary>
    public bool IncludeDayNightRegeneration { get; init; } = true;

    /// <summary>The Earth crossed at night (default <see cref="EarthMantleModel.Mantle"/>).</summary>
    public EarthMantleModel Earth { get; init; } = EarthMantleModel.Mantle;
}
