using System.Collections.Immutable;

namespace DipolePortal.Physics.Shining;

/// <summary>Expected photon counts in bins of one variable (E_γ [MeV] or cosθ_γ).</summary>
/// <param name="BinEdges">n + 1 ascending bin edges, in the variable's unit.</param>
/// <param name="Counts">Expected events in each of the n bins [dimensionless].</param>
public sealed record PhotonHistogram(ImmutableArray<double> BinEdges, ImmutableArray<double> Counts)
{
    /// <summary>Σ counts over the bins [dimensionless].</summary>
    public double Total => Counts.Sum();

    /// <summary>Normalized density in each bin, counts/(Total·width) [unit⁻¹]; all 0 when Total is 0.</summary>
    public ImmutableArray<double> Density
    {
        get
        {
            double total = Total;
            return [.. Counts.Select((c, i) => total > 0 ? c / (total * (BinEdges[i + 1] - BinEdges[i])) : 0.0)];
        }
    }

    /// <summary>Mean of the variable using bin centres [unit].</summary>
    public double BinnedMean =>
        Total > 0 ? Counts.Select((c, i) => c * (BinEdges[i] + BinEdges[i + 1]) / 2.0).Sum() / Total : double.NaN;
}
