namespace DipolePortal.Plotting.Figures;

/// <summary>Input of <see cref="SpectrumFigure.Build"/>: predicted vs observed recoil spectrum (cf. seed 000 Fig. 4).</summary>
/// <param name="Title">Figure title (markup), or null.</param>
/// <param name="RecoilBinEdgesKeV">n + 1 increasing recoil-energy bin edges [keV].</param>
/// <param name="Backgrounds">Background components, stacked and filled, bottom first.</param>
/// <param name="StandardModel">
/// SM ν–e (or ν–N) scattering prediction per bin, stacked (filled) on the backgrounds; B + SM is outlined in black.
/// </param>
/// <param name="Dipoles">Dipole contributions per bin, each outlined on its own and (dashed) on top of B + SM.</param>
/// <param name="ObservedCounts">Observed events per bin, drawn with √N error bars.</param>
/// <param name="LogY">Logarithmic event axis.</param>
/// <param name="RecoilAxisTitle">Title of the recoil axis (markup).</param>
/// <param name="EventsAxisTitle">Title of the event axis (markup).</param>
public sealed record SpectrumPlotInput(
    string? Title,
    IReadOnlyList<double> RecoilBinEdgesKeV,
    IReadOnlyList<SpectrumContribution> Backgrounds,
    SpectrumContribution StandardModel,
    IReadOnlyList<SpectrumContribution> Dipoles,
    IReadOnlyList<double> ObservedCounts,
    bool LogY = false,
    string RecoilAxisTitle = "T_e [keV]",
    string EventsAxisTitle = "Events / bin");
