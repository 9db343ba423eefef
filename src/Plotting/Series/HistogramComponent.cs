namespace DipolePortal.Plotting.Series;

/// <summary>One layer of a <see cref="StackedHistogramSeries"/>.</summary>
/// <param name="Label">Legend label (markup).</param>
/// <param name="Contents">Bin contents; non-finite or negative values count as zero in the stack.</param>
/// <param name="Color">Fill color as #RRGGBB, or null for the next of <see cref="Palette.Fills"/>.</param>
public sealed record HistogramComponent(string Label, IReadOnlyList<double> Contents, string? Color = null);
