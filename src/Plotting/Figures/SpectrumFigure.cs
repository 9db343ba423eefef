using DipolePortal.Plotting.Axes;
using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Series;

namespace DipolePortal.Plotting.Figures;

/// <summary>
/// Predicted vs observed spectrum: stacked filled backgrounds, the SM contribution filled on its own, the total B + SM as a black outline, each dipole contribution
/// filled on its own and outlined (dashed) on top of B + SM in the same color, and data points with √N error bars.
/// </summary>
public static class SpectrumFigure
{
    /// <summary>Label of the total background + SM outline.</summary>
    public const string TotalLabel = "B + SM";

    /// <summary>Label of the observed data points.</summary>
    public const string DataLabel = "Data";

    /// <summary>Builds the figure; a pure function of the input.</summary>
    public static Figure Build(SpectrumPlotInput input, int widthPx = 720, int heightPx = 540)
    {
        IReadOnlyList<double> edges = input.RecoilBinEdgesKeV;
        int bins = edges.Count - 1;
        var layers = input.Backgrounds
            .Select((b, i) => new HistogramComponent(b.Label, b.Counts, Palette.Fill(i)))
            .ToList();
        var stack = new StackedHistogramSeries(edges, layers) { FillOpacity = 0.55 };
        double[] background = layers.Count == 0 ? new double[bins] : [.. stack.CumulativeContents(layers.Count - 1)];
        double[] total = [.. background.Zip(input.StandardModel.Counts, (b, s) => b + NonNegative(s))];
        double[] errors = [.. input.ObservedCounts.Select(n => Math.Sqrt(NonNegative(n)))];
        double[] centers = [.. Enumerable.Range(0, bins).Select(i => 0.5 * (edges[i] + edges[i + 1]))];
        double[] halfWidths = [.. Enumerable.Range(0, bins).Select(i => 0.5 * (edges[i + 1] - edges[i]))];

        var dipoleTotals = input.Dipoles.Select(d => total.Zip(d.Counts, (t, c) => t + NonNegative(c)).ToArray()).ToList();
        IEnumerable<double> heights = total
            .Concat(dipoleTotals.SelectMany(t => t))
            .Concat(input.ObservedCounts.Zip(errors, (n, e) => n + e));
        Axis y = input.LogY
            ? Axis.LogCovering(input.EventsAxisTitle, heights.Concat(input.ObservedCounts.Where(n => n > 0)))
            : Axis.LinearCovering(input.EventsAxisTitle, heights.Select(h => h * 1.35), includeZero: true);
        var figure = new Figure(widthPx, heightPx)
        {
            Title = input.Title,
            X = Axis.Linear(input.RecoilAxisTitle, edges[0], edges[^1]),
            Y = y,
            Legend = LegendPosition.TopRight,
        };

        figure.Add(stack);
        figure.Add(new StackedHistogramSeries(edges, [new HistogramComponent(input.StandardModel.Label, input.StandardModel.Counts, Palette.Blue)])
        {
            FillOpacity = 0.35,
        });
        for (int i = 0; i < input.Dipoles.Count; i++)
        {
            string color = Palette.Line(i + 1);
            figure.Add(new StackedHistogramSeries(edges, [new HistogramComponent(input.Dipoles[i].Label, input.Dipoles[i].Counts, color)])
            {
                FillOpacity = 0.35,
            });
            figure.Add(new StepHistogramSeries(null, edges, dipoleTotals[i], LineStyle.Dashed) { Color = color });
        }

        figure.Add(new StepHistogramSeries(TotalLabel, edges, total) { Color = Palette.Black, WidthPx = 2.0 });
        figure.Add(new ErrorBarSeries(DataLabel, centers, input.ObservedCounts, errors) { XErrors = halfWidths, Color = Palette.Black });
        return figure;
    }

    private static double NonNegative(double value) => double.IsFinite(value) && value > 0 ? value : 0;
}
