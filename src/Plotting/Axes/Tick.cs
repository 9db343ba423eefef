namespace DipolePortal.Plotting.Axes;

/// <summary>One tick mark on an axis.</summary>
/// <param name="Value">Data value at the tick.</param>
/// <param name="Label">Label in <see cref="Svg.RichText"/> markup, or null for an unlabelled (minor) tick.</param>
/// <param name="IsMajor">Major ticks are longer and carry grid lines.</param>
public readonly record struct Tick(double Value, string? Label, bool IsMajor);
