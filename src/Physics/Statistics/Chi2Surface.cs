using System.Collections.Immutable;

namespace DipolePortal.Physics.Statistics;

/// <summary>Profiled χ²(m4ᵢ, μⱼ) on a grid, one row per m4 (the input of <see cref="Limits.TwoDofContour"/>).</summary>
/// <param name="M4GridMeV">Sterile masses, strictly increasing, &gt; 0 [MeV].</param>
/// <param name="MuGridMuB">Moments, strictly increasing, &gt; 0 [μ_B] (crossings are interpolated in ln μ).</param>
/// <param name="Chi2ByM4">χ² rows: Chi2ByM4[i][j] = χ²(m4ᵢ, μⱼ); not NaN, +∞ allowed.</param>
public sealed record Chi2Surface(
    ImmutableArray<double> M4GridMeV, ImmutableArray<double> MuGridMuB, ImmutableArray<ImmutableArray<double>> Chi2ByM4)
{
    /// <summary>Sterile masses, strictly increasing [MeV].</summary>
    public ImmutableArray<double> M4GridMeV { get; } = RequireIncreasingPositive(M4GridMeV, nameof(M4GridMeV));

    /// <summary>Moments, strictly increasing [μ_B].</summary>
    public ImmutableArray<double> MuGridMuB { get; } = RequireIncreasingPositive(MuGridMuB, nameof(MuGridMuB));

    /// <summary>χ² rows, one per m4, each with one value per μ.</summary>
    public ImmutableArray<ImmutableArray<double>> Chi2ByM4 { get; } = RequireShape(Chi2ByM4, M4GridMeV, MuGridMuB);

    internal static ImmutableArray<double> RequireIncreasingPositive(ImmutableArray<double> grid, string name)
    {
        if (grid.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"{name} must hold at least one point.", name);
        }

        for (int j = 0; j < grid.Length; j++)
        {
            if (!(grid[j] > 0) || double.IsInfinity(grid[j]) || (j > 0 && !(grid[j] > grid[j - 1])))
            {
                throw new ArgumentOutOfRangeException(
                    name, grid[j], $"{name}[{j}] = {grid[j]}; the grid must be finite, > 0 and strictly increasing.");
            }
        }

        return grid;
    }

    private static ImmutableArray<ImmutableArray<double>> RequireShape(
        ImmutableArray<ImmutableArray<double>> rows, ImmutableArray<double> m4Grid, ImmutableArray<double> muGrid)
    {
        if (rows.IsDefault || rows.Length != m4Grid.Length)
        {
            throw new ArgumentException($"Chi2ByM4 needs one row per m4 ({m4Grid.Length}).", nameof(Chi2ByM4));
        }

        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i].IsDefault || rows[i].Length != muGrid.Length)
            {
                throw new ArgumentException($"Chi2ByM4[{i}] needs one value per μ ({muGrid.Length}).", nameof(Chi2ByM4));
            }

            foreach (double chi2 in rows[i])
            {
                if (double.IsNaN(chi2))
                {
                    throw new ArgumentOutOfRangeException(nameof(Chi2ByM4), chi2, $"Chi2ByM4[{i}] holds NaN.");
                }
            }
        }

        return rows;
    }
}
