using DipolePortal.Plotting.Svg;

namespace DipolePortal.Plotting.Axes;

/// <summary>An axis: title, visible range and scale. Immutable; build it with <see cref="Log"/> or <see cref="Linear"/>.</summary>
public sealed record Axis
{
    private Axis(string title, double min, double max, AxisScale scale)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || !(min < max))
        {
            throw new ArgumentOutOfRangeException(nameof(min), $"axis range [{min}, {max}] must be finite with min < max.");
        }

        if (scale == AxisScale.Log && min <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(min), $"log axis needs min > 0, got {min}; choose a positive lower end.");
        }

        Title = title;
        Min = min;
        Max = max;
        Scale = scale;
    }

    /// <summary>Axis title in <see cref="RichText"/> markup, e.g. <c>μ_{e4} [μ_B]</c>.</summary>
    public string Title { get; }

    /// <summary>Lower end of the visible range.</summary>
    public double Min { get; }

    /// <summary>Upper end of the visible range.</summary>
    public double Max { get; }

    /// <summary>Linear or logarithmic.</summary>
    public AxisScale Scale { get; }

    /// <summary>A logarithmic axis on [min, max]; min must be positive.</summary>
    public static Axis Log(string title, double min, double max) => new(title, min, max, AxisScale.Log);

    /// <summary>A linear axis on [min, max].</summary>
    public static Axis Linear(string title, double min, double max) => new(title, min, max, AxisScale.Linear);

    /// <summary>A logarithmic axis over the whole decades that cover the finite positive values.</summary>
    public static Axis LogCovering(string title, IEnumerable<double> values)
    {
        DataRange range = NiceRange.LogDecades(values);
        return Log(title, range.Min, range.Max);
    }

    /// <summary>A linear axis with round ends covering the finite values, optionally including zero.</summary>
    public static Axis LinearCovering(string title, IEnumerable<double> values, bool includeZero = false)
    {
        DataRange range = NiceRange.Linear(values, includeZero);
        return Linear(title, range.Min, range.Max);
    }

    /// <summary>True when the value can be placed on this axis: finite, and positive on a log axis.</summary>
    public bool CanShow(double value) => double.IsFinite(value) && (Scale == AxisScale.Linear || value > 0);

    /// <summary>Position of a value as a fraction of the axis length: 0 at <see cref="Min"/>, 1 at <see cref="Max"/>.</summary>
    public double ToFraction(double value) => Scale == AxisScale.Log
        ? (Math.Log10(value) - Math.Log10(Min)) / (Math.Log10(Max) - Math.Log10(Min))
        : (value - Min) / (Max - Min);

    /// <summary>Inverse of <see cref="ToFraction"/>.</summary>
    public double FromFraction(double fraction) => Scale == AxisScale.Log
        ? Math.Pow(10, Math.Log10(Min) + fraction * (Math.Log10(Max) - Math.Log10(Min)))
        : Min + fraction * (Max - Min);

    /// <summary>Tick marks and labels for this axis.</summary>
    public IReadOnlyList<Tick> Ticks() => Scale == AxisScale.Log ? TickGenerator.Log(Min, Max) : TickGenerator.Linear(Min, Max);
}
