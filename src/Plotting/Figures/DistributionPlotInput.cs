namespace DipolePortal.Plotting.Figures;

/// <summary>
/// Input of <see cref="DistributionFigure.Build"/>: histograms over shared bins, e.g. photon energy for Dirac vs Majorana.
/// </summary>
/// <param name="Title">Figure title (markup), or null.</param>
/// <param name="XAxisTitle">Title of the x axis (markup), with its unit.</param>
/// <param name="YAxisTitle">Title of the y axis (markup).</param>
/// <param name="BinEdges">n + 1 increasing bin edges.</param>
/// <param name="Histograms">Histograms with n contents each.</param>
/// <param name="LogX">Logarithmic x axis.</param>
/// <param name="LogY">Logarithmic y axis.</param>
public sealed record DistributionPlotInput(
    string? Title,
    string XAxisTitle,
    string YAxisTitle,
    IReadOnlyList<double> BinEdges,
    IReadOnlyList<DistributionHistogram> Histograms,
    bool LogX = false,
    bool LogY = false);
