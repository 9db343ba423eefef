using System.Collections.Immutable;
using DipolePortal.Physics.Data;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Experiments;

/// <summary>
/// A table of contiguous reconstructed-energy bins in the project's format: columns bin_low_keV, bin_high_keV, counts, …
/// (keV at the data-file edge, converted to MeV here).
/// </summary>
/// <param name="BinEdgesMeV">K + 1 ascending edges [MeV].</param>
/// <param name="Values">The chosen column per bin.</param>
public sealed record BinnedTable(ImmutableArray<double> BinEdgesMeV, ImmutableArray<double> Values)
{
    /// <summary>Reads rows whose first two columns are the bin edges in keV, keeping bins with low edge ≥ <paramref name="fromKeV"/>.</summary>
    /// <exception cref="FormatException">The bins are not contiguous and ascending.</exception>
    public static BinnedTable FromRows(IReadOnlyList<double[]> rows, int valueColumn, string source, double fromKeV = double.NegativeInfinity)
    {
        var kept = rows.Where(r => r[0] >= fromKeV).ToList();
        if (kept.Count == 0)
        {
            throw new FormatException($"{source}: no bins at or above {fromKeV} keV");
        }

        var edges = ImmutableArray.CreateBuilder<double>(kept.Count + 1);
        edges.Add(kept[0][0] * PhysicalConstants.MeVPerKeV);
        for (int i = 0; i < kept.Count; i++)
        {
            if (i > 0 && Math.Abs(kept[i][0] - kept[i - 1][1]) > 1e-9)
            {
                throw new FormatException($"{source}: bin {i} starts at {kept[i][0]} keV but the previous bin ends at {kept[i - 1][1]} keV");
            }

            if (kept[i][1] <= kept[i][0])
            {
                throw new FormatException($"{source}: bin {i} has high edge {kept[i][1]} keV ≤ low edge {kept[i][0]} keV");
            }

            edges.Add(kept[i][1] * PhysicalConstants.MeVPerKeV);
        }

        return new BinnedTable(edges.MoveToImmutable(), [.. kept.Select(r => r[valueColumn])]);
    }

    /// <summary>Reads a bundled binned table.</summary>
    public static BinnedTable Bundled(string relativePath, int valueColumn, double fromKeV = double.NegativeInfinity) =>
        FromRows(TableReader.ReadBundled(relativePath), valueColumn, relativePath, fromKeV);

    /// <summary>
    /// Reads a bundled table that must have the bins of <paramref name="observed"/> (to 1e-12 MeV), e.g. the published
    /// background of the same analysis.
    /// </summary>
    /// <exception cref="FormatException">The bin edges differ.</exception>
    public static BinnedTable BundledOnTheBinsOf(
        BinnedTable observed, string relativePath, int valueColumn, double fromKeV = double.NegativeInfinity)
    {
        BinnedTable table = Bundled(relativePath, valueColumn, fromKeV);
        bool same = table.BinEdgesMeV.Length == observed.BinEdgesMeV.Length &&
            table.BinEdgesMeV.Zip(observed.BinEdgesMeV).All(p => Math.Abs(p.First - p.Second) < 1e-12);
        return same ? table : throw new FormatException($"{relativePath}: its bins differ from those of the observed counts");
    }
}
