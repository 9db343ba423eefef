using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Svg;

namespace DipolePortal.Plotting.Series;

/// <summary>Splits (x, y) data into pixel runs: NaN or ±∞ breaks a line; a non-positive value on a log axis is skipped.</summary>
internal static class PolylineRuns
{
    public static IReadOnlyList<IReadOnlyList<PixelPoint>> Split(IReadOnlyList<double> xs, IReadOnlyList<double> ys, PlotFrame frame)
    {
        var runs = new List<IReadOnlyList<PixelPoint>>();
        var current = new List<PixelPoint>();
        for (int i = 0; i < xs.Count; i++)
        {
            double x = xs[i];
            double y = ys[i];
            if (!double.IsFinite(x) || !double.IsFinite(y))
            {
                Close(runs, ref current);
                continue;
            }

            if (!frame.CanShow(x, y))
            {
                continue;
            }

            current.Add(new PixelPoint(frame.ClampX(frame.ToPixelX(x)), frame.ClampY(frame.ToPixelY(y))));
        }

        Close(runs, ref current);
        return runs;
    }

    private static void Close(List<IReadOnlyList<PixelPoint>> runs, ref List<PixelPoint> current)
    {
        if (current.Count > 0)
        {
            runs.Add(current);
            current = [];
        }
    }
}
