using DipolePortal.Plotting.Series;

namespace DipolePortal.Plotting.Figures;

/// <summary>One histogram of a distribution plot.</summary>
/// <param name="Label">Legend label (markup), e.g. "Dirac".</param>
/// <param name="Contents">Bin contents.</param>
/// <param name="Style">Stroke pattern.</param>
public sealed record DistributionHistogram(string Label, IReadOnlyList<double> Contents, LineStyle Style = LineStyle.Solid);
