using System.Globalization;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Plotting;
using DipolePortal.Plotting.Figures;

namespace DipolePortal.Coordinator.Plots;

/// <summary>
/// Likelihood profiles Δχ²(μ) of a scan, one curve per experiment set × flavor × m4, with the 90% CL lines for one and
/// two degrees of freedom (cf. seed 002 Figs. 2–3, seed 000 Fig. 5). Meant for scans with few m4 points.
/// </summary>
internal static class ProfilePlot
{
    /// <summary>Scans with at most this many m4 points get profiles.svg next to their tables.</summary>
    public const int MaxM4PointsForScanOutput = 6;

    /// <summary>
    /// The figure, with the Δχ² axis reaching high enough that the legend (top left) stays above the labelled CL lines:
    /// laid out once to learn the plot height, then the top is chosen.
    /// </summary>
    public static Figure Build(ScanResults results)
    {
        ProfilePlotInput input = Input(results);
        Figure first = ProfileFigure.Build(input);
        double legendFraction = Math.Min(0.75, (2 * 8 + 19 * (input.Profiles.Count + 2) + 16) / first.Frame.HeightPx);
        double clearOfLines = ProfileFigure.DeltaChi2TwoDof90 + 0.9;
        double top = Math.Max(input.DeltaChi2Max, Math.Ceiling(clearOfLines / (1 - legendFraction) / 2) * 2);
        return ProfileFigure.Build(input with { DeltaChi2Max = top });
    }

    public static ProfilePlotInput Input(ScanResults results)
    {
        if (results.Profiles.Count == 0)
        {
            throw new UserInputException($"scan {results.Scan} has no likelihood profiles to plot (profiles.csv is empty)");
        }

        var keys = results.Profiles.Select(r => (r.ExperimentSet, r.Flavor, r.M4MeV)).Distinct().ToList();
        bool oneMass = keys.Select(k => k.M4MeV).Distinct().Count() == 1;
        var profiles = new List<LikelihoodProfile>();
        foreach (var (set, flavor, m4) in keys)
        {
            var rows = results.Profiles
                .Where(r => r.ExperimentSet == set && r.Flavor == flavor && r.M4MeV == m4)
                .OrderBy(r => r.MuMuB).ToList();
            string label = oneMass ? FitLabels.Fit(set, flavor) : $"{FitLabels.Fit(set, flavor)}, m_4 = {Mass(m4)} MeV";
            profiles.Add(new LikelihoodProfile(label, [.. rows.Select(r => r.MuMuB)],
                [.. rows.Select(r => double.IsFinite(r.DeltaChi2) ? r.DeltaChi2 : double.NaN)]));
        }

        string title = oneMass ? $"{results.Scan}: m_4 = {Mass(keys[0].M4MeV)} MeV" : results.Scan;
        return new ProfilePlotInput(title, profiles, MuAxisTitle: FitLabels.MuAxis(keys.Select(k => k.Flavor)));
    }

    private static string Mass(double m4MeV) => m4MeV.ToString("G4", CultureInfo.InvariantCulture);
}
