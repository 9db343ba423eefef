using DipolePortal.Plotting.Axes;
using DipolePortal.Plotting.Svg;

namespace DipolePortal.Plotting.Layout;

/// <summary>Draws grid lines, inward ticks on all four sides, tick labels and axis titles.</summary>
internal static class AxisRenderer
{
    public const double TickFontSizePx = 13;
    public const double TitleFontSizePx = 15;
    private const double MajorTickPx = 7;
    private const double MinorTickPx = 4;
    private const string GridColor = "#E6E6E6";

    public static void RenderGrid(SvgWriter svg, PlotFrame frame)
    {
        svg.OpenGroup("class=\"grid\"");
        foreach (Tick tick in frame.X.Ticks().Where(t => t.IsMajor))
        {
            double px = frame.ToPixelX(tick.Value);
            svg.Line(px, frame.TopPx, px, frame.BottomPx, GridColor, 0.8);
        }

        foreach (Tick tick in frame.Y.Ticks().Where(t => t.IsMajor))
        {
            double py = frame.ToPixelY(tick.Value);
            svg.Line(frame.LeftPx, py, frame.RightPx, py, GridColor, 0.8);
        }

        svg.CloseGroup();
    }

    public static void RenderX(SvgWriter svg, PlotFrame frame)
    {
        svg.OpenGroup($"class=\"axis x-axis\" data-scale=\"{frame.X.Scale}\"");
        foreach (Tick tick in frame.X.Ticks())
        {
            double px = frame.ToPixelX(tick.Value);
            double length = tick.IsMajor ? MajorTickPx : MinorTickPx;
            svg.Line(px, frame.BottomPx, px, frame.BottomPx - length, "#000000", 1);
            svg.Line(px, frame.TopPx, px, frame.TopPx + length, "#000000", 1);
            if (tick.Label is not null)
            {
                svg.Text(px, frame.BottomPx + 8 + TickFontSizePx, tick.Label, TickFontSizePx, "middle",
                    $"class=\"tick-label\" data-value=\"{SvgFormat.Value(tick.Value)}\"");
            }
        }

        svg.Text(frame.LeftPx + frame.WidthPx / 2, frame.BottomPx + 30 + TitleFontSizePx, frame.X.Title, TitleFontSizePx, "middle",
            "class=\"axis-title\"");
        svg.CloseGroup();
    }

    public static void RenderY(SvgWriter svg, PlotFrame frame, double titleCenterXPx)
    {
        svg.OpenGroup($"class=\"axis y-axis\" data-scale=\"{frame.Y.Scale}\"");
        foreach (Tick tick in frame.Y.Ticks())
        {
            double py = frame.ToPixelY(tick.Value);
            double length = tick.IsMajor ? MajorTickPx : MinorTickPx;
            svg.Line(frame.LeftPx, py, frame.LeftPx + length, py, "#000000", 1);
            svg.Line(frame.RightPx, py, frame.RightPx - length, py, "#000000", 1);
            if (tick.Label is not null)
            {
                svg.Text(frame.LeftPx - 7, py + TickFontSizePx * 0.35, tick.Label, TickFontSizePx, "end",
                    $"class=\"tick-label\" data-value=\"{SvgFormat.Value(tick.Value)}\"");
            }
        }

        double midY = frame.TopPx + frame.HeightPx / 2;
        svg.Text(titleCenterXPx, midY, frame.Y.Title, TitleFontSizePx, "middle",
            $"class=\"axis-title\" transform=\"rotate(-90 {SvgFormat.Px(titleCenterXPx)} {SvgFormat.Px(midY)})\"");
        svg.CloseGroup();
    }

    /// <summary>Widest y tick label in pixels (estimated).</summary>
    public static double WidestYLabelPx(Axis y) =>
        y.Ticks().Where(t => t.Label is not null).Select(t => RichText.EstimateWidthPx(t.Label!, TickFontSizePx)).DefaultIfEmpty(0).Max();
}
