using DipolePortal.Plotting.Axes;
using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Series;
using DipolePortal.Plotting.Svg;

namespace DipolePortal.Plotting;

/// <summary>
/// One plot: axes, series and a legend, rendered to a standalone SVG document by <see cref="ToSvg"/>.
/// The same figure always renders to the same bytes (culture-invariant numbers, fixed precision, no ids from counters).
/// </summary>
/// <example>
/// <code>
/// var fig = new Figure(720, 540) { Title = "XENONnT", X = Axis.Log("m_4 [MeV]", 1e-3, 1), Y = Axis.Log("μ_{e4} [μ_B]", 1e-12, 1e-8) };
/// fig.Add(new LineSeries("90% CL", m4MeV, muLimitMuB, LineStyle.Dashed));
/// string svg = fig.ToSvg();
/// </code>
/// </example>
public sealed class Figure
{
    /// <summary>id of the clip path of the plot area inside the document.</summary>
    public const string ClipId = "plot-area";

    private const double TitleFontSizePx = 16;
    private readonly List<PlotSeries> _series = [];

    /// <summary>An empty figure of the given size in pixels (each at least 200).</summary>
    public Figure(int widthPx, int heightPx)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(widthPx, 200);
        ArgumentOutOfRangeException.ThrowIfLessThan(heightPx, 200);
        WidthPx = widthPx;
        HeightPx = heightPx;
    }

    /// <summary>Width of the document in pixels.</summary>
    public int WidthPx { get; }

    /// <summary>Height of the document in pixels.</summary>
    public int HeightPx { get; }

    /// <summary>Title above the plot (markup), or null for none.</summary>
    public string? Title { get; init; }

    /// <summary>Horizontal axis.</summary>
    public required Axis X { get; init; }

    /// <summary>Vertical axis.</summary>
    public required Axis Y { get; init; }

    /// <summary>Corner of the legend box, or <see cref="LegendPosition.None"/>.</summary>
    public LegendPosition Legend { get; init; } = LegendPosition.TopRight;

    /// <summary>Series in drawing order (later ones on top).</summary>
    public IReadOnlyList<PlotSeries> Series => _series.AsReadOnly();

    /// <summary>The plot area and the data-to-pixel transform used by <see cref="ToSvg"/>.</summary>
    public PlotFrame Frame
    {
        get
        {
            const double outerPx = 10;
            double yTitleBand = AxisRenderer.TitleFontSizePx + 10;
            double left = outerPx + yTitleBand + AxisRenderer.WidestYLabelPx(Y) + 12;
            double top = string.IsNullOrEmpty(Title) ? 20 : 20 + TitleFontSizePx + 10;
            double right = 28;
            double bottom = 8 + AxisRenderer.TickFontSizePx + 22 + AxisRenderer.TitleFontSizePx + 14;
            return new PlotFrame(left, top, WidthPx - left - right, HeightPx - top - bottom, X, Y);
        }
    }

    /// <summary>Appends a series; returns this figure for chaining.</summary>
    public Figure Add(PlotSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        _series.Add(series);
        return this;
    }

    /// <summary>Appends several series in order; returns this figure for chaining.</summary>
    public Figure AddRange(IEnumerable<PlotSeries> series)
    {
        foreach (PlotSeries item in series)
        {
            Add(item);
        }

        return this;
    }

    /// <summary>Renders the figure as a standalone SVG 1.1 document.</summary>
    public string ToSvg()
    {
        PlotFrame frame = Frame;
        var svg = new SvgWriter();
        svg.Raw($"<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{WidthPx}\" height=\"{HeightPx}\" " +
            $"viewBox=\"0 0 {WidthPx} {HeightPx}\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">");
        svg.Raw("<defs>");
        svg.Raw($"<clipPath id=\"{ClipId}\">");
        svg.Rect(frame.LeftPx, frame.TopPx, frame.WidthPx, frame.HeightPx, string.Empty);
        svg.Raw("</clipPath>");
        svg.Raw("</defs>");
        svg.Rect(0, 0, WidthPx, HeightPx, "fill=\"#FFFFFF\"");
        AxisRenderer.RenderGrid(svg, frame);

        var legend = new List<LegendEntry>();
        int paletteIndex = 0;
        svg.OpenGroup($"class=\"data\" clip-path=\"url(#{ClipId})\"");
        foreach (PlotSeries series in _series)
        {
            string color = series.Color ?? series.DefaultColor ?? Palette.Line(paletteIndex++);
            series.Render(svg, frame, color);
            legend.AddRange(series.LegendEntries(color));
        }

        svg.CloseGroup();
        svg.Rect(frame.LeftPx, frame.TopPx, frame.WidthPx, frame.HeightPx,
            "class=\"frame\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.20\"");
        AxisRenderer.RenderX(svg, frame);
        AxisRenderer.RenderY(svg, frame, 12 + AxisRenderer.TitleFontSizePx);
        if (!string.IsNullOrEmpty(Title))
        {
            svg.Text(frame.LeftPx + frame.WidthPx / 2, 20 + TitleFontSizePx, Title, TitleFontSizePx, "middle",
                "class=\"title\" font-weight=\"bold\"");
        }

        LegendRenderer.Render(svg, frame, legend, Legend);
        svg.Raw("</svg>");
        return svg.ToString();
    }
}
