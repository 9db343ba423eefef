using DipolePortal.Plotting.Axes;
using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Series;

namespace DipolePortal.Plotting.Figures;

/// <summary>
/// Predicted vs observed spectrum (cf. seed 000 Fig. 4): backgrounds and the SM contribution as a stack of filled histograms,
/// the total B + SM as a black outline, each dipole contribution as a solid outline on its own and a dashed outline on top of
/// B + SM in the same color, and data points with √N error bars.
/// </summary>
public static class SpectrumFigure
{
    /// <summary>Label of the total background + SM outline.</summary>
    public const string TotalLabel = "B + SM";

    /// <summary>Label of the observed data points.</summary>
    public const string DataLabel = "Data";

    /// <summary>Fraction of the plot height kept free per legend row on a linear event axis.</summary>
    private const double HeadroomPerLegendRow = 0.05;

    /// <summary>Builds the figure; a pure function of the input.</summary>
    public static Figure Build(SpectrumPlotInput input, int widthPx = 720, int heightPx = 540)
    {
        IReadOnlyList<double> edges = input.RecoilBinEdgesKeV;
        int bins = edges.Count - 1;
        var layers = input.Backgrounds
            .Select((b, i) => new HistogramComponent(b.Label, b.Counts, Palette.Fill(i + 1)))
            .Append(new HistogramComponent(input.StandardModel.Label, input.StandardModel.Counts, Palette.Blue))
            .ToList();
        var stack = new StackedHistogramSeries(edges, layers) { FillOpacity = 0.55 };
        double[] total = [.. stack.CumulativeContents(layers.Count - 1)];
        double[] errors = [.. input.ObservedCounts.Select(n => Math.Sqrt(NonNegative(n)))];
        double[] centers = [.. Enumerable.Range(0, bins).Select(i => 0.5 * (edges[i] + edges[i + 1]))];
        double[] halfWidths = [.. Enumerable.Range(0, bins).Select(i => 0.5 * (edges[i + 1] - edges[i]))];
        var dipoleTotals = input.Dipoles.Select(d => total.Zip(d.Counts, (t, c) => t + NonNegative(c)).ToArray()).ToList();

        IEnumerable<double> heights = total
            .Concat(dipoleTotals.SelectMany(t => t))
            .Concat(input.ObservedCounts.Zip(errors, (n, e) => n + e));
        int legendRows = layers.Count + 2 * input.Dipoles.Count + 2;
        double freeFraction = Math.Min(0.7, HeadroomPerLegendRow * legendRows + 0.08);
        Axis y = input.LogY ? LogEventsAxis(input.EventsAxisTitle, heights, freeFraction)
            : Axis.LinearCovering(input.EventsAxisTitle, heights.Select(h => h / (1 - freeFraction)), includeZero: true);
        var figure = new Figure(widthPx, heightPx)
        {
            Title = input.Title,
            X = Axis.Linear(input.RecoilAxisTitle, edges[0], edges[^1]),
            Y = y,
            Legend = LegendPosition.TopRight,
        };

        figure.Add(stack);
        figure.Add(new StepHistogramSeries(TotalLabel, edges, total) { Color = Palette.Black, WidthPx = 2.0 });
        for (int i = 0; i < input.Dipoles.Count; i++)
        {
            string color = Palette.Line(1 + i);
            SpectrumContribution dipole = input.Dipoles[i];
            figure.Add(new StepHistogramSeries(dipole.Label, edges, dipole.Counts) { Color = color, WidthPx = 2.0 });
            figure.Add(new StepHistogramSeries(TotalLabel + " + " + dipole.Label, edges, dipoleTotals[i],
                LineStyle.Dashed) { Color = color });
        }

        figure.Add(new ErrorBarSeries(DataLabel, centers, input.ObservedCounts, errors) { XErrors = halfWidths, Color = Palette.Black });
        return figure;
    }

    /// <summary>
    /// Whole decades covering the data, raised so that the top <paramref name="freeFraction"/> stays free for the legend.
    /// </summary>
    private static Axis LogEventsAxis(string title, IEnumerable<double> heights, double freeFraction)
    {
        DataRange data = NiceRange.LogDecades(heights);
        double spanDecades = Math.Log10(data.Max / data.Min);
        double topDecade = Math.Ceiling(Math.Log10(data.Min) + spanDecades / (1 - freeFraction));
        return Axis.Log(title, data.Min, Math.Pow(10, topDecade));
    }

    private static double NonNegative(double value) => double.IsFinite(value) && value > 0 ? value : 0;
}
