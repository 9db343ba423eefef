using DipolePortal.Plotting.Series;
using DipolePortal.Plotting.Svg;

namespace DipolePortal.Plotting.Layout;

/// <summary>Draws the legend box: one row per entry, swatch then label, in a white box inside a corner of the plot.</summary>
internal static class LegendRenderer
{
    private const double FontSizePx = 12.5;
    private const double RowHeightPx = 19;
    private const double SwatchWidthPx = 28;
    private const double PaddingPx = 8;
    private const double InsetPx = 10;

    public static void Render(SvgWriter svg, PlotFrame frame, IReadOnlyList<LegendEntry> entries, LegendPosition position)
    {
        if (entries.Count == 0 || position == LegendPosition.None)
        {
            return;
        }

        double textWidth = entries.Max(e => RichText.EstimateWidthPx(e.Label, FontSizePx));
        double width = PaddingPx * 2 + SwatchWidthPx + 6 + textWidth;
        double height = PaddingPx * 2 + RowHeightPx * entries.Count - 4;
        bool right = position is LegendPosition.TopRight or LegendPosition.BottomRight;
        bool top = position is LegendPosition.TopRight or LegendPosition.TopLeft;
        double left = right ? frame.RightPx - InsetPx - width : frame.LeftPx + InsetPx;
        double upper = top ? frame.TopPx + InsetPx : frame.BottomPx - InsetPx - height;

        svg.OpenGroup("class=\"legend\"");
        svg.Rect(left, upper, width, height, "fill=\"#FFFFFF\" fill-opacity=\"0.90\" stroke=\"#999999\" stroke-width=\"0.80\"");
        for (int i = 0; i < entries.Count; i++)
        {
            LegendEntry entry = entries[i];
            double rowMid = upper + PaddingPx + RowHeightPx * i + (RowHeightPx - 4) / 2;
            double swatchLeft = left + PaddingPx;
            DrawSwatch(svg, entry, swatchLeft, rowMid);
            svg.Text(swatchLeft + SwatchWidthPx + 6, rowMid + FontSizePx * 0.35, entry.Label, FontSizePx, "start",
                $"class=\"legend-label\" data-label=\"{SvgFormat.Escape(entry.Label)}\"");
        }

        svg.CloseGroup();
    }

    private static void DrawSwatch(SvgWriter svg, LegendEntry entry, double left, double mid)
    {
        switch (entry.Swatch)
        {
            case LegendSwatch.FilledBox:
                svg.Rect(left + 2, mid - 6, SwatchWidthPx - 4, 12,
                    $"fill=\"{entry.Color}\" fill-opacity=\"{SvgFormat.Px(Math.Max(entry.Opacity, 0.35))}\" " +
                    $"stroke=\"{entry.Color}\" stroke-width=\"0.80\"");
                break;
            case LegendSwatch.Marker:
                svg.Line(left + SwatchWidthPx / 2, mid - 7, left + SwatchWidthPx / 2, mid + 7, entry.Color, 1.3);
                svg.Circle(left + SwatchWidthPx / 2, mid, 3, $"fill=\"{entry.Color}\"");
                break;
            default:
                svg.Line(left, mid, left + SwatchWidthPx, mid, entry.Color, 2, SvgWriter.Dash(entry.Style, 2));
                break;
        }
    }
}
