using DipolePortal.Plotting.Axes;

namespace DipolePortal.Plotting.Layout;

/// <summary>The plot area in pixels and the transform between data values and pixel coordinates.</summary>
/// <param name="LeftPx">x of the left edge of the plot area.</param>
/// <param name="TopPx">y of the top edge of the plot area (SVG y grows downwards).</param>
/// <param name="WidthPx">Width of the plot area.</param>
/// <param name="HeightPx">Height of the plot area.</param>
/// <param name="X">Horizontal axis.</param>
/// <param name="Y">Vertical axis.</param>
public sealed record PlotFrame(double LeftPx, double TopPx, double WidthPx, double HeightPx, Axis X, Axis Y)
{
    /// <summary>x of the right edge of the plot area.</summary>
    public double RightPx => LeftPx + WidthPx;

    /// <summary>y of the bottom edge of the plot area.</summary>
    public double BottomPx => TopPx + HeightPx;

    /// <summary>Pixel x of a data x value.</summary>
    public double ToPixelX(double x) => LeftPx + X.ToFraction(x) * WidthPx;

    /// <summary>Pixel y of a data y value.</summary>
    public double ToPixelY(double y) => BottomPx - Y.ToFraction(y) * HeightPx;

    /// <summary>Data x value at a pixel x.</summary>
    public double FromPixelX(double px) => X.FromFraction((px - LeftPx) / WidthPx);

    /// <summary>Data y value at a pixel y.</summary>
    public double FromPixelY(double px) => Y.FromFraction((BottomPx - px) / HeightPx);

    /// <summary>True when the point can be placed on both axes (finite; positive on log axes).</summary>
    public bool CanShow(double x, double y) => X.CanShow(x) && Y.CanShow(y);

    /// <summary>
    /// Pixel y of a data y value, or of the axis floor when the value cannot be shown (non-positive on a log axis);
    /// used by histograms and error bars that reach down to zero.
    /// </summary>
    public double ToPixelYOrFloor(double y) => Y.CanShow(y) ? ClampY(ToPixelY(y)) : BottomPx + 1;

    /// <summary>Pixel y limited to a band a little beyond the plot area, so that huge values stay finite and clipped.</summary>
    public double ClampY(double py) => Math.Clamp(py, TopPx - HeightPx, BottomPx + HeightPx);

    /// <summary>Pixel x limited to a band a little beyond the plot area.</summary>
    public double ClampX(double px) => Math.Clamp(px, LeftPx - WidthPx, RightPx + WidthPx);
}
