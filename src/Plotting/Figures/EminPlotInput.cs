namespace DipolePortal.Plotting.Figures;

/// <summary>Input of <see cref="EminFigure.Build"/>: E_min vs recoil energy for several m4 (cf. seed 000 Fig. 3).</summary>
/// <param name="Title">Figure title (markup), or null.</param>
/// <param name="Curves">One curve per m4, computed by the caller.</param>
/// <param name="LogAxes">Log–log axes (default) or linear–linear.</param>
/// <param name="RecoilAxisTitle">Title of the recoil axis (markup).</param>
public sealed record EminPlotInput(
    string? Title,
    IReadOnlyList<EminCurve> Curves,
    bool LogAxes = true,
    string RecoilAxisTitle = "T_e [MeV]");
