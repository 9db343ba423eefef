using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Svg;

namespace DipolePortal.Plotting.Series;

/// <summary>Data points with symmetric vertical error bars (and optional horizontal half-widths, e.g. half a bin).</summary>
public sealed class ErrorBarSeries : PlotSeries
{
    /// <summary>Points (x, y ± yError); the lists are copied and must have the same length.</summary>
    /// <param name="label">Legend label (markup), or null.</param>
    /// <param name="xs">x values.</param>
    /// <param name="ys">y values; points that cannot be shown are left out.</param>
    /// <param name="yErrors">Symmetric half-lengths of the vertical bars (non-negative).</param>
    public ErrorBarSeries(string? label, IReadOnlyList<double> xs, IReadOnlyList<double> ys, IReadOnlyList<double> yErrors)
        : base(label)
    {
        Xs = Freeze(xs, nameof(xs));
        Ys = Freeze(ys, nameof(ys));
        YErrors = Freeze(yErrors, nameof(yErrors));
        RequireSameLength(Xs, Ys, nameof(xs), nameof(ys));
        RequireSameLength(Xs, YErrors, nameof(xs), nameof(yErrors));
    }

    /// <summary>x values.</summary>
    public IReadOnlyList<double> Xs { get; }

    /// <summary>y values.</summary>
    public IReadOnlyList<double> Ys { get; }

    /// <summary>Vertical error half-lengths.</summary>
    public IReadOnlyList<double> YErrors { get; }

    /// <summary>Optional horizontal half-widths (one per point), e.g. half the bin width; null draws none.</summary>
    public IReadOnlyList<double>? XErrors
    {
        get => _xErrors;
        init
        {
            _xErrors = value is null ? null : Freeze(value, nameof(XErrors));
            if (_xErrors is not null)
            {
                RequireSameLength(Xs, _xErrors, nameof(Xs), nameof(XErrors));
            }
        }
    }

    /// <summary>Marker radius in pixels.</summary>
    public double MarkerRadiusPx { get; init; } = 3.0;

    private readonly IReadOnlyList<double>? _xErrors;

    internal override string? DefaultColor => Palette.Black;

    internal override void Render(SvgWriter svg, PlotFrame frame, string color)
    {
        svg.OpenGroup($"class=\"series points\" data-label=\"{SvgFormat.Escape(Label ?? string.Empty)}\"");
        for (int i = 0; i < Xs.Count; i++)
        {
            double x = Xs[i];
            double y = Ys[i];
            if (!frame.CanShow(x, y))
            {
                continue;
            }

            double px = frame.ToPixelX(x);
            double py = frame.ToPixelY(y);
            double error = double.IsFinite(YErrors[i]) ? Math.Abs(YErrors[i]) : 0;
            if (error > 0)
            {
                double top = frame.ClampY(frame.ToPixelY(y + error));
                double bottom = frame.ToPixelYOrFloor(y - error);
                svg.Line(px, bottom, px, top, color, 1.3);
            }

            if (_xErrors is not null && double.IsFinite(_xErrors[i]) && _xErrors[i] > 0)
            {
                double left = frame.X.CanShow(x - _xErrors[i]) ? frame.ToPixelX(x - _xErrors[i]) : frame.LeftPx - 1;
                svg.Line(frame.ClampX(left), py, frame.ClampX(frame.ToPixelX(x + _xErrors[i])), py, color, 1.3);
            }

            svg.Circle(px, py, MarkerRadiusPx,
                $"class=\"marker\" fill=\"{color}\" data-x=\"{SvgFormat.Value(x)}\" data-y=\"{SvgFormat.Value(y)}\"");
        }

        svg.CloseGroup();
    }

    internal override IEnumerable<LegendEntry> LegendEntries(string color) => SingleEntry(LegendSwatch.Marker, color, LineStyle.Solid);
}
