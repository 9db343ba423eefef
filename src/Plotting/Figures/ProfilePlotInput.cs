using DipolePortal.Plotting.Axes;

namespace DipolePortal.Plotting.Figures;

/// <summary>Input of <see cref="ProfileFigure.Build"/>: Δχ² profiles in μ (cf. seed 000 Fig. 5).</summary>
/// <param name="Title">Figure title (markup), e.g. "m_4 = 0.1 MeV", or null.</param>
/// <param name="Profiles">One profile per experiment set.</param>
/// <param name="MuAxisTitle">Title of the μ axis (markup).</param>
/// <param name="LogMu">Logarithmic μ axis (default) or linear.</param>
/// <param name="MuRangeMuB">μ axis range [μ_B]; null covers the data.</param>
/// <param name="DeltaChi2Max">Top of the Δχ² axis.</param>
public sealed record ProfilePlotInput(
    string? Title,
    IReadOnlyList<LikelihoodProfile> Profiles,
    string MuAxisTitle = "μ_{ν4} [μ_B]",
    bool LogMu = true,
    DataRange? MuRangeMuB = null,
    double DeltaChi2Max = 8);
