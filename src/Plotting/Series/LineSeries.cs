using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Svg;

namespace DipolePortal.Plotting.Series;

/// <summary>A curve through (x, y) points, drawn as one polyline per run of finite points.</summary>
public sealed class LineSeries : PlotSeries
{
    /// <summary>A curve; xs and ys are copied and must have the same length.</summary>
    /// <param name="label">Legend label (markup), or null.</param>
    /// <param name="xs">x values.</param>
    /// <param name="ys">y values; NaN or ±∞ breaks the line.</param>
    /// <param name="style">Stroke pattern.</param>
    public LineSeries(string? label, IReadOnlyList<double> xs, IReadOnlyList<double> ys, LineStyle style = LineStyle.Solid)
        : base(label)
    {
        Xs = Freeze(xs, nameof(xs));
        Ys = Freeze(ys, nameof(ys));
        RequireSameLength(Xs, Ys, nameof(xs), nameof(ys));
        Style = style;
    }

    /// <summary>x values.</summary>
    public IReadOnlyList<double> Xs { get; }

    /// <summary>y values.</summary>
    public IReadOnlyList<double> Ys { get; }

    /// <summary>Stroke pattern.</summary>
    public LineStyle Style { get; }

    /// <summary>Stroke width in pixels.</summary>
    public double WidthPx { get; init; } = 2.0;

    internal override void Render(SvgWriter svg, PlotFrame frame, string color)
    {
        svg.OpenGroup($"class=\"series line\" data-label=\"{SvgFormat.Escape(Label ?? string.Empty)}\"");
        string attributes = $"fill=\"none\" stroke=\"{color}\" stroke-width=\"{SvgFormat.Px(WidthPx)}\" stroke-linejoin=\"round\"" +
            SvgWriter.Dash(Style, WidthPx);
        foreach (IReadOnlyList<PixelPoint> run in PolylineRuns.Split(Xs, Ys, frame))
        {
            svg.Polyline(run, attributes);
        }

        svg.CloseGroup();
    }

    internal override IEnumerable<LegendEntry> LegendEntries(string color) => SingleEntry(LegendSwatch.Line, color, Style);
}
