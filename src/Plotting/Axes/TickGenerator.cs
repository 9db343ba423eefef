using System.Globalization;

namespace DipolePortal.Plotting.Axes;

/// <summary>Tick positions and labels: decades with 2…9×10ⁿ minors on log axes, 1/2/5×10ⁿ steps on linear axes.</summary>
public static class TickGenerator
{
    /// <summary>Largest number of labelled decades before only every k-th decade is labelled.</summary>
    private const int MaxLabelledDecades = 10;

    /// <summary>The smallest of 1, 2, 5 × 10ⁿ that is at least <paramref name="rawStep"/> (positive).</summary>
    public static double NiceStep(double rawStep)
    {
        double exponent = Math.Floor(Math.Log10(rawStep));
        double scale = Math.Pow(10, exponent);
        double fraction = rawStep / scale;
        double nice = fraction <= 1 + 1e-9 ? 1 : fraction <= 2 + 1e-9 ? 2 : fraction <= 5 + 1e-9 ? 5 : 10;
        return nice * scale;
    }

    /// <summary>Ticks for a log axis on [min, max]: every decade labelled 10^{n}, minors at 2…9×10ⁿ.</summary>
    /// <remarks>
    /// When the range holds fewer than two decades, the minors at 2 and 5 are labelled as well so that the axis is readable.
    /// With more than ten decades, only every k-th decade is labelled.
    /// </remarks>
    public static IReadOnlyList<Tick> Log(double min, double max)
    {
        int first = (int)Math.Floor(Math.Log10(min) + 1e-9);
        int last = (int)Math.Ceiling(Math.Log10(max) - 1e-9);
        int decadesInside = Enumerable.Range(first, last - first + 1).Count(n => Inside(Decade(n), min, max));
        int labelEvery = Math.Max(1, (int)Math.Ceiling(decadesInside / (double)MaxLabelledDecades));
        bool labelMinors = decadesInside < 2;
        var ticks = new List<Tick>();
        for (int n = first; n <= last; n++)
        {
            double decade = Decade(n);
            if (Inside(decade, min, max))
            {
                bool labelled = ((n % labelEvery) + labelEvery) % labelEvery == 0;
                ticks.Add(new Tick(decade, labelled ? DecadeLabel(n) : null, true));
            }

            for (int k = 2; k <= 9; k++)
            {
                double minor = k * decade;
                if (Inside(minor, min, max))
                {
                    string? label = labelMinors && (k == 2 || k == 5) ? MinorLabel(k, n) : null;
                    ticks.Add(new Tick(minor, label, false));
                }
            }
        }

        return ticks;
    }

    /// <summary>Ticks for a linear axis on [min, max] at a 1/2/5×10ⁿ step, about five to eight of them.</summary>
    public static IReadOnlyList<Tick> Linear(double min, double max)
    {
        double step = NiceStep((max - min) / 7);
        int decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step) + 1e-9));
        var ticks = new List<Tick>();
        long start = (long)Math.Ceiling(min / step - 1e-9);
        long end = (long)Math.Floor(max / step + 1e-9);
        for (long i = start; i <= end; i++)
        {
            double value = i * step;
            ticks.Add(new Tick(value, LinearLabel(value, decimals), true));
        }

        return ticks;
    }

    /// <summary>The label markup of the decade 10ⁿ, e.g. <c>10^{-11}</c>.</summary>
    public static string DecadeLabel(int exponent) => "10^{" + exponent.ToString(CultureInfo.InvariantCulture) + "}";

    private static string MinorLabel(int mantissa, int exponent) =>
        mantissa.ToString(CultureInfo.InvariantCulture) + "×" + DecadeLabel(exponent);

    private static string LinearLabel(double value, int decimals)
    {
        string text = Math.Abs(value).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        bool isZero = text.All(c => c == '0' || c == '.');
        return value < 0 && !isZero ? "\u2212" + text : text;
    }

    /// <summary>10ⁿ parsed from its decimal form, so that it is exactly the double nearest to 10ⁿ.</summary>
    private static double Decade(int exponent) =>
        double.Parse("1e" + exponent.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static bool Inside(double value, double min, double max) => value >= min * (1 - 1e-9) && value <= max * (1 + 1e-9);
}
