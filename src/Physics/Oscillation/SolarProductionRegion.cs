using System.Collections.Immutable;

namespace DipolePortal.Physics.Oscillation;

/// <summary>
/// Where in the Sun one flux component is produced: the electron density of each radial zone and the fraction of
/// the component's neutrinos produced there.
/// </summary>
public sealed record SolarProductionRegion
{
    /// <summary>Builds a region from zone densities and (not necessarily normalized) production weights.</summary>
    /// <param name="electronDensitiesPerCm3">n_e of each zone [cm⁻³].</param>
    /// <param name="weights">Production weight of each zone (e.g. dΦ/dr on a uniform r grid) [arbitrary units, ≥ 0].</param>
    /// <exception cref="ArgumentException">Lengths differ, a weight is negative, or all weights are 0.</exception>
    public SolarProductionRegion(IReadOnlyList<double> electronDensitiesPerCm3, IReadOnlyList<double> weights)
    {
        if (electronDensitiesPerCm3.Count != weights.Count || weights.Count == 0)
        {
            throw new ArgumentException(
                $"{weights.Count} weights for {electronDensitiesPerCm3.Count} zones; give one weight per zone", nameof(weights));
        }

        double total = weights.Sum();
        if (weights.Any(w => w < 0 || !double.IsFinite(w)) || total <= 0)
        {
            throw new ArgumentException("production weights must be finite, ≥ 0 and not all 0", nameof(weights));
        }

        ElectronDensitiesPerCm3 = [.. electronDensitiesPerCm3];
        Fractions = [.. weights.Select(w => w / total)];
    }

    /// <summary>Electron density of each zone n_e [cm⁻³].</summary>
    public ImmutableArray<double> ElectronDensitiesPerCm3 { get; }

    /// <summary>Fraction of the component produced in each zone [dimensionless]; sums to 1.</summary>
    public ImmutableArray<double> Fractions { get; }

    /// <summary>Production-averaged ⟨F⟩ = Σ_zones f_zone F(n_e,zone) of a function of the local electron density.</summary>
    public double Average(Func<double, double> ofElectronDensityPerCm3)
    {
        double sum = 0;
        for (int i = 0; i < Fractions.Length; i++)
        {
            if (Fractions[i] > 0)
            {
                sum += Fractions[i] * ofElectronDensityPerCm3(ElectronDensitiesPerCm3[i]);
            }
        }

        return sum;
    }
}
