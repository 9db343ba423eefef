using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Svg;

namespace DipolePortal.Plotting.Series;

/// <summary>The outline of a histogram as pixel points: up from the floor, across each bin, down at the end.</summary>
internal static class HistogramSteps
{
    /// <summary>Step outline of the contents; a value that cannot be shown (≤ 0 on a log axis) sits on the floor.</summary>
    public static List<PixelPoint> Outline(IReadOnlyList<double> edges, IReadOnlyList<double> contents, PlotFrame frame, bool closeToFloor)
    {
        var points = new List<PixelPoint>();
        double floor = Floor(frame);
        if (closeToFloor)
        {
            points.Add(new PixelPoint(X(edges[0], frame), floor));
        }

        for (int i = 0; i < contents.Count; i++)
        {
            double py = double.IsFinite(contents[i]) ? frame.ToPixelYOrFloor(contents[i]) : floor;
            points.Add(new PixelPoint(X(edges[i], frame), py));
            points.Add(new PixelPoint(X(edges[i + 1], frame), py));
        }

        if (closeToFloor)
        {
            points.Add(new PixelPoint(X(edges[^1], frame), floor));
        }

        return points;
    }

    /// <summary>Pixel y of zero on a linear axis (clamped to the frame), or just below the frame on a log axis.</summary>
    public static double Floor(PlotFrame frame) => frame.ToPixelYOrFloor(0.0);

    private static double X(double edge, PlotFrame frame) =>
        frame.X.CanShow(edge) ? frame.ClampX(frame.ToPixelX(edge)) : frame.LeftPx - 1;
}
