using DipolePortal.Coordinator.Cli;
using DipolePortal.Plotting;
using DipolePortal.Plotting.Axes;
using DipolePortal.Plotting.Figures;

namespace DipolePortal.Coordinator.Plots;

/// <summary>
/// The exclusion plot of a scan: per experiment set × flavor the 1-dof limit (solid) and the upper edge of the 2-dof
/// region (dashed) against m4, in one color; user overlays dotted; the expected-limit bands of expected_1dof.csv, when the
/// scan ran pseudo-experiments, underneath. Infinite limits break the lines.
/// </summary>
internal static class ExclusionPlot
{
    /// <summary>True when some fit has at least two finite, positive 1-dof limits: a line to draw.</summary>
    public static bool HasLimits(ScanResults results) => results.Limits
        .Where(r => double.IsFinite(r.MuLimitMuB) && r.MuLimitMuB > 0)
        .GroupBy(r => (r.ExperimentSet, r.Flavor))
        .Any(g => g.Count() >= 2);

    /// <summary>
    /// The figure, with the μ axis reaching low enough that the legend (bottom left) sits below every curve: the
    /// figure is laid out once to learn the plot height, then the lowest decade is chosen.
    /// </summary>
    public static Figure Build(ScanResults results, IReadOnlyList<ExclusionCurve>? overlays = null)
    {
        ExclusionPlotInput input = Input(results, overlays);
        Figure first = ExclusionFigure.Build(input);
        ExclusionCurve[] all = [.. input.Curves, .. input.Overlays ?? []];
        IReadOnlyList<ExpectedBand> expected = input.Expected ?? [];
        double[] mu = [.. all.SelectMany(c => c.MuMuB).Concat(expected.SelectMany(b => b.AllMuB())).Where(v => double.IsFinite(v) && v > 0)];
        int legendRows = all.Count(c => c.Label.Length > 0) + (expected.Count > 0 ? ExpectedBand.LegendRows : 0);
        double legendFraction = (2 * 8 + 19 * legendRows + 16) / first.Frame.HeightPx;
        double top = first.Frame.Y.Max;
        double lowestDecade = Math.Log10(mu.Min()) - 0.15;
        double bottom = Math.Floor((lowestDecade - legendFraction * Math.Log10(top)) / (1 - legendFraction));
        // A crowded legend may overlap the curves rather than squeeze them into the top of the plot.
        bottom = Math.Max(bottom, Math.Floor(lowestDecade) - 3);
        bottom = Math.Min(bottom, Math.Log10(first.Frame.Y.Min));
        return ExclusionFigure.Build(input with { MuRangeMuB = new DataRange(Math.Pow(10, bottom), top) });
    }

    public static ExclusionPlotInput Input(ScanResults results, IReadOnlyList<ExclusionCurve>? overlays = null)
    {
        if (!HasLimits(results))
        {
            throw new UserInputException(
                $"scan {results.Scan} has no line of 1-dof limits to draw: it needs two m4 points with a limit in the μ grid " +
                "(for a scan at one m4 use --kind profiles)");
        }

        var curves = new List<ExclusionCurve>();
        var bands = new List<ExpectedBand>();
        bool oneFit = results.Fits().Count == 1; // bands of several fits would cover each other: drawn for one fit only
        foreach (var (set, flavor) in results.Fits())
        {
            var expected = results.Expected.Where(r => r.ExperimentSet == set && r.Flavor == flavor).OrderBy(r => r.M4MeV).ToList();
            if (oneFit && expected.Count > 0)
            {
                bands.Add(new ExpectedBand([.. expected.Select(r => r.M4MeV)], [.. expected.Select(r => Finite(r.MedianMuB))],
                    [.. expected.Select(r => Finite(r.Minus1SigmaMuB))], [.. expected.Select(r => Finite(r.Plus1SigmaMuB))],
                    [.. expected.Select(r => Finite(r.Minus2SigmaMuB))], [.. expected.Select(r => Finite(r.Plus2SigmaMuB))]));
            }

            string group = $"{set}:{flavor}";
            string label = FitLabels.Fit(set, flavor);
            var limits = results.Limits.Where(r => r.ExperimentSet == set && r.Flavor == flavor).OrderBy(r => r.M4MeV).ToList();
            double[] m4 = [.. limits.Select(r => r.M4MeV)];
            curves.Add(new ExclusionCurve(label, group, m4, [.. limits.Select(r => Finite(r.MuLimitMuB))],
                ExclusionCurveKind.OneDofLimit));
            double[] upper = UpperEdges(results, set, flavor, m4);
            if (upper.Any(double.IsFinite))
            {
                // One legend row per fit: the title says which line style is which.
                curves.Add(new ExclusionCurve(string.Empty, group, m4, upper, ExclusionCurveKind.TwoDofContour));
            }
        }

        bool dashed = curves.Any(c => c.Kind == ExclusionCurveKind.TwoDofContour);
        return new ExclusionPlotInput(
            $"{results.Scan}: {FitLabels.Cl(results.Cl)} upper limits" + (dashed ? " (solid: 1 dof, dashed: 2 dof)" : " (1 dof)"),
            curves,
            overlays,
            MuAxisTitle: FitLabels.MuAxis(results.Fits().Select(f => f.Flavor)),
            ShadeExcluded: oneFit,
            Expected: bands.Count > 0 ? bands : null);
    }

    /// <summary>
    /// The exclusion line of the 2-dof region at each m4 of the grid: the highest upper edge there, NaN where the
    /// region has none (no exclusion within the μ grid), so that the line breaks instead of bridging the gap.
    /// </summary>
    public static double[] UpperEdges(ScanResults results, string set, string flavor, IReadOnlyList<double> m4GridMeV)
    {
        var edges = results.Contour
            .Where(r => r.ExperimentSet == set && r.Flavor == flavor && r.IsUpper && double.IsFinite(r.MuMuB))
            .GroupBy(r => r.M4MeV)
            .ToDictionary(g => g.Key, g => g.Max(r => r.MuMuB));
        return [.. m4GridMeV.Select(m => edges.TryGetValue(m, out double mu) ? mu : double.NaN)];
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : double.NaN;
}
