namespace DipolePortal.Plotting.Axes;

/// <summary>Auto-range helpers: ranges with round ends that cover the data.</summary>
public static class NiceRange
{
    /// <summary>
    /// Smallest range of whole decades [10ⁿ, 10ᵐ] that covers every finite positive value, with m &gt; n.
    /// Returns <paramref name="fallback"/> (default [0.1, 10]) when no value is finite and positive.
    /// </summary>
    public static DataRange LogDecades(IEnumerable<double> values, DataRange? fallback = null)
    {
        double[] positive = values.Where(v => double.IsFinite(v) && v > 0).ToArray();
        if (positive.Length == 0)
        {
            return fallback ?? new DataRange(0.1, 10);
        }

        // The small relative slack keeps 1e-11 from being pushed to the decade below by rounding of log10.
        double low = Math.Floor(Math.Log10(positive.Min()) + 1e-9);
        double high = Math.Ceiling(Math.Log10(positive.Max()) - 1e-9);
        if (high <= low)
        {
            high = low + 1;
        }

        return new DataRange(Math.Pow(10, low), Math.Pow(10, high));
    }

    /// <summary>
    /// Range with ends on multiples of a 1/2/5×10ⁿ step that covers every finite value; optionally forced to include zero.
    /// Returns [0, 1] when no value is finite.
    /// </summary>
    public static DataRange Linear(IEnumerable<double> values, bool includeZero = false)
    {
        double[] finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
        {
            return new DataRange(0, 1);
        }

        double min = finite.Min();
        double max = finite.Max();
        if (includeZero)
        {
            min = Math.Min(min, 0);
            max = Math.Max(max, 0);
        }

        if (max <= min)
        {
            double pad = min == 0 ? 1 : Math.Abs(min) * 0.1;
            min -= pad;
            max += pad;
        }

        double step = TickGenerator.NiceStep((max - min) / 6);
        return new DataRange(Math.Floor(min / step + 1e-9) * step, Math.Ceiling(max / step - 1e-9) * step);
    }
}
