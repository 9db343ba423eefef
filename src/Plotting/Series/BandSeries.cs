using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Svg;

namespace DipolePortal.Plotting.Series;

/// <summary>
/// A shaded region: between two curves (<see cref="Between"/>), or from a curve up to the top of the plot
/// (<see cref="Above"/>, e.g. the region a limit excludes). NaN or ±∞ breaks the region into pieces.
/// </summary>
public sealed class BandSeries : PlotSeries
{
    /// <summary>
    /// The region between <paramref name="lower"/> and <paramref name="upper"/>, or above <paramref name="lower"/> when upper is null.
    /// </summary>
    /// <param name="label">Legend label (markup), or null.</param>
    /// <param name="xs">x values.</param>
    /// <param name="lower">Lower boundary at each x.</param>
    /// <param name="upper">Upper boundary at each x, or null to extend to the top of the plot area.</param>
    public BandSeries(string? label, IReadOnlyList<double> xs, IReadOnlyList<double> lower, IReadOnlyList<double>? upper)
        : base(label)
    {
        Xs = Freeze(xs, nameof(xs));
        Lower = Freeze(lower, nameof(lower));
        RequireSameLength(Xs, Lower, nameof(xs), nameof(lower));
        Upper = upper is null ? null : Freeze(upper, nameof(upper));
        if (Upper is not null)
        {
            RequireSameLength(Xs, Upper, nameof(xs), nameof(upper));
        }
    }

    /// <summary>x values.</summary>
    public IReadOnlyList<double> Xs { get; }

    /// <summary>Lower boundary.</summary>
    public IReadOnlyList<double> Lower { get; }

    /// <summary>Upper boundary, or null when the region extends to the top of the plot.</summary>
    public IReadOnlyList<double>? Upper { get; }

    /// <summary>Opacity of the fill.</summary>
    public double FillOpacity { get; init; } = 0.18;

    /// <summary>The region between <paramref name="lower"/> and <paramref name="upper"/> over the same xs.</summary>
    public static BandSeries Between(string? label, IReadOnlyList<double> xs, IReadOnlyList<double> lower, IReadOnlyList<double> upper) =>
        new(label, xs, lower, upper);

    /// <summary>The region above the curve (xs, ys) up to the top of the plot area.</summary>
    public static BandSeries Above(string? label, IReadOnlyList<double> xs, IReadOnlyList<double> ys) => new(label, xs, ys, null);

    internal override void Render(SvgWriter svg, PlotFrame frame, string color)
    {
        svg.OpenGroup($"class=\"series band\" data-label=\"{SvgFormat.Escape(Label ?? string.Empty)}\"");
        string attributes = $"fill=\"{color}\" fill-opacity=\"{SvgFormat.Px(FillOpacity)}\" stroke=\"none\"";
        var bottom = new List<PixelPoint>();
        var top = new List<PixelPoint>();
        for (int i = 0; i <= Xs.Count; i++)
        {
            bool end = i == Xs.Count;
            double upper = end || Upper is null ? double.PositiveInfinity : Upper[i];
            bool breaks = end || !double.IsFinite(Xs[i]) || !double.IsFinite(Lower[i]) || (Upper is not null && !double.IsFinite(upper));
            if (breaks)
            {
                Emit(svg, bottom, top, attributes);
                continue;
            }

            if (!frame.CanShow(Xs[i], Lower[i]) || (Upper is not null && !frame.Y.CanShow(upper)))
            {
                continue;
            }

            double px = frame.ClampX(frame.ToPixelX(Xs[i]));
            bottom.Add(new PixelPoint(px, frame.ClampY(frame.ToPixelY(Lower[i]))));
            top.Add(new PixelPoint(px, Upper is null ? frame.TopPx - 1 : frame.ClampY(frame.ToPixelY(upper))));
        }

        svg.CloseGroup();
    }

    internal override IEnumerable<LegendEntry> LegendEntries(string color) =>
        SingleEntry(LegendSwatch.FilledBox, color, LineStyle.Solid, FillOpacity);

    private static void Emit(SvgWriter svg, List<PixelPoint> bottom, List<PixelPoint> top, string attributes)
    {
        if (bottom.Count >= 2)
        {
            top.Reverse();
            svg.Polygon([.. bottom, .. top], attributes);
        }

        bottom.Clear();
        top.Clear();
    }
}
