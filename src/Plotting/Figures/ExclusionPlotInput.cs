using DipolePortal.Plotting.Axes;

namespace DipolePortal.Plotting.Figures;

/// <summary>Input of <see cref="ExclusionFigure.Build"/>: limits and contours μ vs m4, plus optional overlays.</summary>
/// <param name="Title">Figure title (markup), or null.</param>
/// <param name="Curves">Computed 1-dof limits and 2-dof contours.</param>
/// <param name="Overlays">Comparison curves, e.g. read by <see cref="OverlayCsvReader"/>; null for none.</param>
/// <param name="MuAxisTitle">Title of the μ axis (markup).</param>
/// <param name="M4RangeMeV">m4 axis range [MeV]; null covers the data with whole decades.</param>
/// <param name="MuRangeMuB">μ axis range [μ_B]; null covers the data with whole decades.</param>
/// <param name="ShadeExcluded">Shade the region above each 1-dof limit.</param>
/// <param name="Expected">Expected-limit bands drawn under the limits (±2σ yellow, ±1σ green, dashed median); null for none.</param>
public sealed record ExclusionPlotInput(
    string? Title,
    IReadOnlyList<ExclusionCurve> Curves,
    IReadOnlyList<ExclusionCurve>? Overlays = null,
    string MuAxisTitle = "μ_{ν4} [μ_B]",
    DataRange? M4RangeMeV = null,
    DataRange? MuRangeMuB = null,
    bool ShadeExcluded = true,
    IReadOnlyList<ExpectedBand>? Expected = null);
