namespace DipolePortal.Plotting.Series;

/// <summary>One row of the legend: label markup, swatch kind, color and line style.</summary>
internal sealed record LegendEntry(string Label, LegendSwatch Swatch, string Color, LineStyle Style, double Opacity = 1.0);
