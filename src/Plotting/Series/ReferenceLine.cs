using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Svg;

namespace DipolePortal.Plotting.Series;

/// <summary>A horizontal line across the plot at a fixed y, labelled at its right end (e.g. Δχ² = 2.71, "90% CL").</summary>
public sealed class ReferenceLine : PlotSeries
{
    /// <summary>A horizontal reference line; its label is written on the plot, not in the legend.</summary>
    /// <param name="y">Data y value of the line.</param>
    /// <param name="text">Label markup written just above the line at the right, or null.</param>
    /// <param name="style">Stroke pattern.</param>
    public ReferenceLine(double y, string? text, LineStyle style = LineStyle.Dashed)
        : base(null)
    {
        if (!double.IsFinite(y))
        {
            throw new ArgumentOutOfRangeException(nameof(y), $"reference line at y = {y} must be finite.");
        }

        Y = y;
        Text = text;
        Style = style;
    }

    /// <summary>Data y value of the line.</summary>
    public double Y { get; }

    /// <summary>Label markup, or null.</summary>
    public string? Text { get; }

    /// <summary>Stroke pattern.</summary>
    public LineStyle Style { get; }

    /// <summary>Put the label at the left end of the line instead of the right (to keep it clear of curves).</summary>
    public bool LabelAtLeft { get; init; }

    internal override string? DefaultColor => Palette.Grey;

    internal override void Render(SvgWriter svg, PlotFrame frame, string color)
    {
        if (!frame.Y.CanShow(Y))
        {
            return;
        }

        double py = frame.ToPixelY(Y);
        svg.OpenGroup($"class=\"series reference\" data-y=\"{SvgFormat.Value(Y)}\"");
        svg.Line(frame.LeftPx, py, frame.RightPx, py, color, 1.2, SvgWriter.Dash(Style, 1.2));
        if (!string.IsNullOrEmpty(Text))
        {
            // A white halo under the glyphs keeps the label readable where a curve crosses it.
            svg.Text(LabelAtLeft ? frame.LeftPx + 8 : frame.RightPx - 8, py - 5, Text, 12.5, LabelAtLeft ? "start" : "end",
                $"fill=\"{color}\" stroke=\"#FFFFFF\" stroke-width=\"3.00\" stroke-linejoin=\"round\" paint-order=\"stroke\" " +
                "class=\"reference-label\"");
        }

        svg.CloseGroup();
    }

    internal override IEnumerable<LegendEntry> LegendEntries(string color) => [];
}
