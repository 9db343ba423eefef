using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Svg;

namespace DipolePortal.Plotting.Series;

/// <summary>Filled histograms stacked on each other, first component at the bottom; the legend lists the top first.</summary>
public sealed class StackedHistogramSeries : PlotSeries
{
    /// <summary>A stack of components over shared bin edges; all inputs are copied.</summary>
    /// <param name="binEdges">n + 1 increasing bin edges.</param>
    /// <param name="components">Layers from bottom to top, each with n contents.</param>
    public StackedHistogramSeries(IReadOnlyList<double> binEdges, IReadOnlyList<HistogramComponent> components)
        : base(null)
    {
        BinEdges = Freeze(binEdges, nameof(binEdges));
        Components = Array.AsReadOnly(components
            .Select(c => c with { Contents = Freeze(c.Contents, nameof(components)) })
            .ToArray());
        foreach (HistogramComponent component in Components)
        {
            RequireBins(BinEdges, component.Contents, component.Label);
        }
    }

    /// <summary>Bin edges.</summary>
    public IReadOnlyList<double> BinEdges { get; }

    /// <summary>Layers from bottom to top.</summary>
    public IReadOnlyList<HistogramComponent> Components { get; }

    /// <summary>Opacity of the fills.</summary>
    public double FillOpacity { get; init; } = 0.85;

    /// <summary>Cumulative contents up to and including layer <paramref name="layer"/>; non-finite or negative counts as zero.</summary>
    public IReadOnlyList<double> CumulativeContents(int layer)
    {
        double[] sums = new double[BinEdges.Count - 1];
        for (int k = 0; k <= layer; k++)
        {
            for (int i = 0; i < sums.Length; i++)
            {
                double value = Components[k].Contents[i];
                sums[i] += double.IsFinite(value) && value > 0 ? value : 0;
            }
        }

        return sums;
    }

    internal override string? DefaultColor => Palette.Black;

    internal override void Render(SvgWriter svg, PlotFrame frame, string color)
    {
        svg.OpenGroup("class=\"series stack\"");
        IReadOnlyList<double> lower = new double[BinEdges.Count - 1];
        for (int k = 0; k < Components.Count; k++)
        {
            IReadOnlyList<double> upper = CumulativeContents(k);
            List<PixelPoint> top = HistogramSteps.Outline(BinEdges, upper, frame, closeToFloor: false);
            List<PixelPoint> bottom = HistogramSteps.Outline(BinEdges, lower, frame, closeToFloor: false);
            bottom.Reverse();
            string fill = FillColor(k);
            svg.Polygon([.. top, .. bottom],
                $"class=\"layer\" data-label=\"{SvgFormat.Escape(Components[k].Label)}\" fill=\"{fill}\" " +
                $"fill-opacity=\"{SvgFormat.Px(FillOpacity)}\" stroke=\"{fill}\" stroke-width=\"0.80\"");
            lower = upper;
        }

        svg.CloseGroup();
    }

    internal override IEnumerable<LegendEntry> LegendEntries(string color)
    {
        for (int k = Components.Count - 1; k >= 0; k--)
        {
            yield return new LegendEntry(Components[k].Label, LegendSwatch.FilledBox, FillColor(k), LineStyle.Solid, FillOpacity);
        }
    }

    private string FillColor(int layer) => Components[layer].Color ?? Palette.Fill(layer);
}
