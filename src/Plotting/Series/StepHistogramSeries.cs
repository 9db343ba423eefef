using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Svg;

namespace DipolePortal.Plotting.Series;

/// <summary>An outlined (unfilled) step histogram: n bins between n + 1 increasing edges.</summary>
public sealed class StepHistogramSeries : PlotSeries
{
    /// <summary>A histogram outline; edges and contents are copied.</summary>
    /// <param name="label">Legend label (markup), or null.</param>
    /// <param name="binEdges">n + 1 increasing bin edges.</param>
    /// <param name="contents">n bin contents.</param>
    /// <param name="style">Stroke pattern.</param>
    public StepHistogramSeries(string? label, IReadOnlyList<double> binEdges, IReadOnlyList<double> contents,
        LineStyle style = LineStyle.Solid)
        : base(label)
    {
        BinEdges = Freeze(binEdges, nameof(binEdges));
        Contents = Freeze(contents, nameof(contents));
        RequireBins(BinEdges, Contents, nameof(contents));
        Style = style;
    }

    /// <summary>Bin edges.</summary>
    public IReadOnlyList<double> BinEdges { get; }

    /// <summary>Bin contents.</summary>
    public IReadOnlyList<double> Contents { get; }

    /// <summary>Stroke pattern.</summary>
    public LineStyle Style { get; }

    /// <summary>Stroke width in pixels.</summary>
    public double WidthPx { get; init; } = 1.8;

    internal override void Render(SvgWriter svg, PlotFrame frame, string color)
    {
        svg.OpenGroup($"class=\"series step\" data-label=\"{SvgFormat.Escape(Label ?? string.Empty)}\"");
        List<PixelPoint> outline = HistogramSteps.Outline(BinEdges, Contents, frame, closeToFloor: true);
        svg.Polyline(outline, $"fill=\"none\" stroke=\"{color}\" stroke-width=\"{SvgFormat.Px(WidthPx)}\"" + SvgWriter.Dash(Style,
            WidthPx));
        svg.CloseGroup();
    }

    internal override IEnumerable<LegendEntry> LegendEntries(string color) => SingleEntry(LegendSwatch.Line, color, Style);
}
