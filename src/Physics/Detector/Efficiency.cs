using System.Collections.Immutable;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Detector;

/// <summary>
/// Total detection and selection efficiency A(T) as a function of reconstructed energy [dimensionless, 0–1]
/// (the 𝒜(T_e) of seed 002 Eq. (5)), interpolated linearly between tabulated nodes.
/// </summary>
/// <remarks>
/// Outside the table the value follows <see cref="Outside"/>: <see cref="EfficiencyOutsideTable.Zero"/> (the default
/// for published curves, so nothing is counted where the collaboration did not state an efficiency) or
/// <see cref="EfficiencyOutsideTable.Clamp"/>. On every interval between consecutive <see cref="EnergiesMeV"/> the
/// efficiency is exactly linear, which lets <see cref="ResponseMatrix"/> integrate A × Gaussian analytically.
/// </remarks>
public sealed class Efficiency
{
    private readonly double[] _energiesMeV;
    private readonly double[] _values;

    /// <summary>Builds an efficiency from nodes (ascending energies [MeV]) and values in [0, 1].</summary>
    /// <exception cref="ArgumentException">Lengths differ, fewer than one node, energies not ascending, or a value outside [0, 1].</exception>
    public Efficiency(IReadOnlyList<double> energiesMeV, IReadOnlyList<double> values, EfficiencyOutsideTable outside)
    {
        ArgumentNullException.ThrowIfNull(energiesMeV);
        ArgumentNullException.ThrowIfNull(values);
        if (energiesMeV.Count != values.Count || energiesMeV.Count == 0)
        {
            throw new ArgumentException(
                $"efficiency table needs matching, non-empty columns; got {energiesMeV.Count} energies and {values.Count} values", nameof(values));
        }

        for (int i = 0; i < values.Count; i++)
        {
            if (!(values[i] >= 0 && values[i] <= 1))
            {
                throw new ArgumentException($"efficiency {values[i]} at {energiesMeV[i]} MeV is outside [0, 1]", nameof(values));
            }

            if (i > 0 && !(energiesMeV[i] > energiesMeV[i - 1]))
            {
                throw new ArgumentException(
                    $"efficiency energies must ascend strictly; node {i} ({energiesMeV[i]} MeV) follows {energiesMeV[i - 1]} MeV", nameof(energiesMeV));
            }
        }

        _energiesMeV = [.. energiesMeV];
        _values = [.. values];
        Outside = outside;
    }

    /// <summary>Node energies [MeV], ascending.</summary>
    public ImmutableArray<double> EnergiesMeV => [.. _energiesMeV];

    /// <summary>Behaviour outside the table.</summary>
    public EfficiencyOutsideTable Outside { get; }

    /// <summary>A constant efficiency (e.g. 1 for a perfect detector) at every energy.</summary>
    public static Efficiency Constant(double value) => new([0.0], [value], EfficiencyOutsideTable.Clamp);

    /// <summary>
    /// Reads a table whose energy column is in keV (as published), converting to MeV at this edge.
    /// </summary>
    /// <param name="rows">Rows from <see cref="Data.TableReader"/>.</param>
    /// <param name="energyColumn">Index of the energy column [keV].</param>
    /// <param name="efficiencyColumn">Index of the efficiency column [0–1].</param>
    /// <param name="outside">Behaviour outside the table.</param>
    public static Efficiency FromKeVTable(IReadOnlyList<double[]> rows, int energyColumn, int efficiencyColumn, EfficiencyOutsideTable outside)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new Efficiency(
            rows.Select(r => r[energyColumn] * PhysicalConstants.MeVPerKeV).ToArray(),
            rows.Select(r => r[efficiencyColumn]).ToArray(),
            outside);
    }

    /// <summary>A(T) [0–1] at reconstructed energy T [MeV].</summary>
    public double At(double energyMeV)
    {
        if (energyMeV < _energiesMeV[0])
        {
            return Outside == EfficiencyOutsideTable.Clamp ? _values[0] : 0;
        }

        if (energyMeV > _energiesMeV[^1])
        {
            return Outside == EfficiencyOutsideTable.Clamp ? _values[^1] : 0;
        }

        int upper = Array.BinarySearch(_energiesMeV, energyMeV);
        if (upper >= 0)
        {
            return _values[upper];
        }

        upper = ~upper;
        int lower = upper - 1;
        double fraction = (energyMeV - _energiesMeV[lower]) / (_energiesMeV[upper] - _energiesMeV[lower]);
        return _values[lower] + fraction * (_values[upper] - _values[lower]);
    }
}
