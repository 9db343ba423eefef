using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Experiments;

/// <summary>
/// A published rate curve dR/dT [events t⁻¹ yr⁻¹ keV⁻¹] tabulated at points in keV (e.g. a digitized B0),
/// integrated exactly over bins under linear interpolation (zero outside the tabulated range).
/// </summary>
public static class RateCurve
{
    /// <summary>Expected counts per bin: ε ∫_bin dT dR/dT, for rows (energy_keV, rate_per_tonne_year_keV).</summary>
    public static double[] CountsPerBin(IReadOnlyList<double[]> rows, IReadOnlyList<double> binEdgesMeV, double exposureTonneYear)
    {
        double[] energiesKeV = rows.Select(r => r[0]).ToArray();
        double[] rates = rows.Select(r => r[1]).ToArray();
        var counts = new double[binEdgesMeV.Count - 1];
        for (int k = 0; k < counts.Length; k++)
        {
            double lowKeV = binEdgesMeV[k] / PhysicalConstants.MeVPerKeV;
            double highKeV = binEdgesMeV[k + 1] / PhysicalConstants.MeVPerKeV;
            counts[k] = exposureTonneYear * IntegralKeV(energiesKeV, rates, lowKeV, highKeV);
        }

        return counts;
    }

    /// <summary>∫_a^b of the piecewise-linear curve through (x_i, y_i), zero outside [x_0, x_n].</summary>
    private static double IntegralKeV(double[] x, double[] y, double a, double b)
    {
        double sum = 0;
        for (int i = 0; i + 1 < x.Length; i++)
        {
            double lo = Math.Max(a, x[i]);
            double hi = Math.Min(b, x[i + 1]);
            if (hi <= lo)
            {
                continue;
            }

            double slope = (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
            double yLo = y[i] + slope * (lo - x[i]);
            double yHi = y[i] + slope * (hi - x[i]);
            sum += 0.5 * (yLo + yHi) * (hi - lo);
        }

        return sum;
    }
}
