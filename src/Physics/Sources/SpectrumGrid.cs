using System.Collections.Immutable;

namespace DipolePortal.Physics.Sources;

/// <summary>
/// Tabulated spectra on energy nodes, integrated as <see cref="FluxComponent"/> reads them: linear between nodes
/// (trapezoid rule).
/// </summary>
internal static class SpectrumGrid
{
    /// <summary>∫ f dE over the nodes with f linear between them.</summary>
    public static double Integrate(IReadOnlyList<double> energiesMeV, IReadOnlyList<double> values)
    {
        double sum = 0;
        for (int i = 1; i < energiesMeV.Count; i++)
        {
            sum += 0.5 * (values[i] + values[i - 1]) * (energiesMeV[i] - energiesMeV[i - 1]);
        }

        return sum;
    }

    /// <summary>The values divided by their trapezoid integral, so that ∫ dE = 1 exactly on the nodes.</summary>
    /// <exception cref="ArgumentException">The integral is not positive.</exception>
    public static ImmutableArray<double> Normalize(IReadOnlyList<double> energiesMeV, IReadOnlyList<double> values, string name)
    {
        double integral = Integrate(energiesMeV, values);
        if (!(integral > 0) || !double.IsFinite(integral))
        {
            throw new ArgumentException($"spectrum '{name}' has integral {integral}; it must be positive and finite");
        }

        return [.. values.Select(v => v / integral)];
    }

    /// <summary>n+1 equally spaced nodes from lowMeV to highMeV.</summary>
    public static double[] Linear(double lowMeV, double highMeV, int intervals) =>
        [.. Enumerable.Range(0, intervals + 1).Select(i => lowMeV + (highMeV - lowMeV) * i / intervals)];
}
