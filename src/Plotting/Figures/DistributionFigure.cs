using DipolePortal.Plotting.Axes;
using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Series;

namespace DipolePortal.Plotting.Figures;

/// <summary>A simple one-panel distribution plot: outlined step histograms over shared bins.</summary>
public static class DistributionFigure
{
    /// <summary>Builds the figure; a pure function of the input.</summary>
    public static Figure Build(DistributionPlotInput input, int widthPx = 720, int heightPx = 540)
    {
        IReadOnlyList<double> edges = input.BinEdges;
        IEnumerable<double> contents = input.Histograms.SelectMany(h => h.Contents);
        var figure = new Figure(widthPx, heightPx)
        {
            Title = input.Title,
            X = input.LogX ? Axis.Log(input.XAxisTitle, edges[0], edges[^1]) : Axis.Linear(input.XAxisTitle, edges[0], edges[^1]),
            Y = input.LogY
                ? Axis.LogCovering(input.YAxisTitle, contents)
                : Axis.LinearCovering(input.YAxisTitle, contents.Select(c => c * 1.25), includeZero: true),
            Legend = LegendPosition.TopRight,
        };

        for (int i = 0; i < input.Histograms.Count; i++)
        {
            DistributionHistogram histogram = input.Histograms[i];
            figure.Add(new StepHistogramSeries(histogram.Label, edges, histogram.Contents, histogram.Style) { Color = Palette.Line(i) });
        }

        return figure;
    }
}
