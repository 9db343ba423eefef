using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Svg;

namespace DipolePortal.Plotting.Series;

/// <summary>
/// Something drawn inside the plot area. Inputs are copied at construction, so a series never changes afterwards.
/// The kinds are <see cref="LineSeries"/>, <see cref="ErrorBarSeries"/>, <see cref="StepHistogramSeries"/>,
/// <see cref="StackedHistogramSeries"/>, <see cref="BandSeries"/> and <see cref="ReferenceLine"/>.
/// </summary>
public abstract class PlotSeries
{
    private protected PlotSeries(string? label)
    {
        Label = label;
    }

    /// <summary>Legend label in <see cref="RichText"/> markup; null or empty keeps the series out of the legend.</summary>
    public string? Label { get; }

    /// <summary>Color as #RRGGBB; null takes the next color of <see cref="Palette.Lines"/>.</summary>
    public string? Color { get; init; }

    /// <summary>Color used when <see cref="Color"/> is null, or null to take the next palette color.</summary>
    internal virtual string? DefaultColor => null;

    /// <summary>Draws the series clipped to the frame (the caller sets the clip path).</summary>
    internal abstract void Render(SvgWriter svg, PlotFrame frame, string color);

    /// <summary>Legend rows of this series, in display order.</summary>
    internal abstract IEnumerable<LegendEntry> LegendEntries(string color);

    /// <summary>A frozen copy of the values.</summary>
    private protected static IReadOnlyList<double> Freeze(IReadOnlyList<double> values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        return Array.AsReadOnly(values.ToArray());
    }

    /// <summary>Throws unless the two lists have the same length.</summary>
    private protected static void RequireSameLength(IReadOnlyList<double> a, IReadOnlyList<double> b, string nameA, string nameB)
    {
        if (a.Count != b.Count)
        {
            throw new ArgumentException($"{nameA} has {a.Count} values but {nameB} has {b.Count}; give one {nameB} per {nameA}.", nameB);
        }
    }

    /// <summary>Throws unless there is one content per bin: edges.Count == contents.Count + 1, edges increasing.</summary>
    private protected static void RequireBins(IReadOnlyList<double> edges, IReadOnlyList<double> contents, string contentsName)
    {
        if (edges.Count != contents.Count + 1)
        {
            throw new ArgumentException(
                $"{contentsName} has {contents.Count} bins but there are {edges.Count} bin edges; give n + 1 edges for n bins.",
                contentsName);
        }

        for (int i = 1; i < edges.Count; i++)
        {
            if (!(edges[i] > edges[i - 1]))
            {
                throw new ArgumentException($"bin edges must increase, but edge {i} = {edges[i]} follows {edges[i - 1]}.", nameof(edges));
            }
        }
    }

    /// <summary>A label usable in the legend, or null.</summary>
    private protected IEnumerable<LegendEntry> SingleEntry(LegendSwatch swatch, string color, LineStyle style, double opacity = 1.0)
    {
        if (!string.IsNullOrEmpty(Label))
        {
            yield return new LegendEntry(Label, swatch, color, style, opacity);
        }
    }
}
