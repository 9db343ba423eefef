namespace DipolePortal.Plotting.Axes;

/// <summary>A closed interval [Min, Max] of data values with Min &lt; Max.</summary>
/// <param name="Min">Lower end.</param>
/// <param name="Max">Upper end.</param>
public readonly record struct DataRange(double Min, double Max);
