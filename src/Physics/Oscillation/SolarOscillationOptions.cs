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
    /// asymmetry). For ⁸B at 10 MeV it raises P_ee by ≈ +0.7% averaged over day and night; for pp by &lt; 10⁻⁴.
    /// </summary>
    public bool IncludeDayNightRegeneration { get; init; } = true;

    /// <summary>The Earth crossed at night (default <see cref="EarthMantleModel.Mantle"/>).</summary>
    public EarthMantleModel Earth { get; init; } = EarthMantleModel.Mantle;
}
