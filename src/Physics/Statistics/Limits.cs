using System.Collections.Immutable;
using MathNet.Numerics.Distributions;

namespace DipolePortal.Physics.Statistics;

/// <summary>
/// Limits and contours from a profiled χ² (docs/likelihood.md, "Limits" and "Contours"): the 1-dof upper limit
/// on μ at fixed m4, profiles on a μ grid, and the 2-dof contour in the (m4, μ) plane.
/// </summary>
public static class Limits
{
    /// <summary>Points per decade of μ of the coarse search grid of <see cref="OneDof"/>.</summary>
    public const int SearchPointsPerDecade = 8;

    /// <summary>Decades of μ below the upper search bound covered by the coarse grid of <see cref="OneDof"/>.</summary>
    public const int SearchDecades = 8;

    /// <summary>Relative accuracy of μ_lim and of crossings refined with a profile.</summary>
    public const double MuRelativeTolerance = 1e-8;

    /// <summary>Where the best fit at μ = 0 is confirmed, as a fraction of s = μ² at the first grid point above 0.</summary>
    private const double NoSignalProbe = 1e-6;

    /// <summary>
    /// Δχ² = F⁻¹_χ²(k)(CL), the quantile of the χ² distribution with k degrees of freedom (Wilks):
    /// (0.90, 1) → 2.7055, (0.90, 2) → 4.6052, (0.95, 1) → 3.8415.
    /// </summary>
    /// <param name="confidenceLevel">Confidence level in (0, 1), e.g. 0.9.</param>
    /// <param name="degreesOfFreedom">Number of parameters of interest, ≥ 1.</param>
    public static double DeltaChi2(double confidenceLevel, int degreesOfFreedom)
    {
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(confidenceLevel), confidenceLevel, "The confidence level must lie in (0, 1), e.g. 0.9.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        return ChiSquared.InvCDF(degreesOfFreedom, confidenceLevel);
    }

    /// <summary>
    /// One-dof upper limit on μ ≥ 0 at fixed m4: μ_lim above the best fit where χ²(μ²) − χ²_min = Δ(CL, 1).
    /// </summary>
    /// <remarks>
    /// The profile need not be convex in s = μ² (θ s D terms make Eₖ bilinear), so the best fit is found globally on a
    /// coarse grid, μ = 0 and <see cref="SearchDecades"/> decades below <paramref name="muUpperSearchMuB"/> at
    /// <see cref="SearchPointsPerDecade"/> per decade, then refined by Brent's minimizer in s between the neighbours
    /// of the best grid point. The crossing is bracketed on the grid above μ̂ (below the grid, by dividing μ by 10
    /// until χ² − χ²_min &lt; Δ) and found by Brent's root finder in ln μ to relative <see cref="MuRelativeTolerance"/>.
    /// A minimum narrower than the grid spacing can be missed. Deterministic: the evaluation points depend only on
    /// the arguments.
    /// </remarks>
    /// <param name="profile">The profiled χ²(s).</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1), e.g. 0.9 (Δ = 2.7055).</param>
    /// <param name="muUpperSearchMuB">Largest μ searched [μ_B]; the limit is +∞ when χ² − χ²_min stays below Δ up to it.</param>
    public static OneDofLimit OneDof(IChi2Profile profile, double confidenceLevel, double muUpperSearchMuB)
    {
        ArgumentNullException.ThrowIfNull(profile);
        double delta = DeltaChi2(confidenceLevel, 1);
        if (!(muUpperSearchMuB > 0) || double.IsInfinity(muUpperSearchMuB))
        {
            throw new ArgumentOutOfRangeException(
                nameof(muUpperSearchMuB), muUpperSearchMuB, "The μ search bound must be finite and > 0 [μ_B].");
        }

        double[] grid = SearchGrid(muUpperSearchMuB); // grid[0] = 0, then ascending to muUpperSearchMuB
        int count = grid.Length;
        var values = new double[count];
        int best = 0;
        for (int i = 0; i < count; i++)
        {
            values[i] = profile.Chi2(grid[i] * grid[i]);
            if (values[i] < values[best])
            {
                best = i;
            }
        }

        return LimitFromGrid(profile, grid, values, best, delta);
    }

    /// <summary>
    /// The coarse search grid of <see cref="OneDof"/>: μ = 0, then <see cref="SearchDecades"/> decades below
    /// <paramref name="muUpperSearchMuB"/> at <see cref="SearchPointsPerDecade"/> per decade, ascending [μ_B].
    /// </summary>
    internal static double[] SearchGrid(double muUpperSearchMuB)
    {
        int count = (SearchDecades * SearchPointsPerDecade) + 2;
        var grid = new double[count];
        for (int i = 1; i < count; i++)
        {
            grid[i] = i == count - 1
                ? muUpperSearchMuB
                : muUpperSearchMuB * Math.Pow(10, -(double)(count - 1 - i) / SearchPointsPerDecade);
        }

        return grid;
    }

    /// <summary>
    /// One-dof upper limit from a profile already tabulated on a μ grid (e.g. a shard's stored profile): as
    /// <see cref="OneDof"/>, with the tabulated points as the coarse grid.
    /// </summary>
    /// <remarks>
    /// Without <paramref name="refineWith"/> the best fit is the best grid point (or μ = 0) and the crossing is
    /// interpolated linearly in ln μ between the bracketing grid points (linearly in μ between 0 and the first point).
    /// With it, both are refined as in <see cref="OneDof"/>. The limit is +∞ when no grid point above μ̂ reaches Δ.
    /// </remarks>
    /// <param name="muGridMuB">Moments, strictly increasing, &gt; 0 [μ_B].</param>
    /// <param name="chi2OnGrid">χ²(μⱼ²) at each grid point; not NaN.</param>
    /// <param name="chi2AtZero">χ²(0), the no-signal hypothesis.</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1), e.g. 0.9 (Δ = 2.7055).</param>
    /// <param name="refineWith">Optional: the profile the grid was computed from, to refine best fit and crossing.</param>
    public static OneDofLimit OneDofOnGrid(
        ImmutableArray<double> muGridMuB,
        ReadOnlySpan<double> chi2OnGrid,
        double chi2AtZero,
        double confidenceLevel,
        IChi2Profile? refineWith = null)
    {
        double delta = DeltaChi2(confidenceLevel, 1);
        Chi2Surface.RequireIncreasingPositive(muGridMuB, nameof(muGridMuB));
        if (chi2OnGrid.Length != muGridMuB.Length)
        {
            throw new ArgumentException($"Expected {muGridMuB.Length} χ² values, got {chi2OnGrid.Length}.", nameof(chi2OnGrid));
        }

        var grid = new double[muGridMuB.Length + 1];
        var values = new double[muGridMuB.Length + 1];
        values[0] = double.IsNaN(chi2AtZero)
            ? throw new ArgumentOutOfRangeException(nameof(chi2AtZero), chi2AtZero, "χ²(0) is NaN.")
            : chi2AtZero;
        int best = 0;
        for (int j = 0; j < muGridMuB.Length; j++)
        {
            grid[j + 1] = muGridMuB[j];
            values[j + 1] = double.IsNaN(chi2OnGrid[j])
                ? throw new ArgumentOutOfRangeException(nameof(chi2OnGrid), chi2OnGrid[j], $"χ²[{j}] is NaN.")
                : chi2OnGrid[j];
            if (values[j + 1] < values[best])
            {
                best = j + 1;
            }
        }

        return LimitFromGrid(refineWith, grid, values, best, delta);
    }

    private static OneDofLimit LimitFromGrid(IChi2Profile? profile, double[] grid, double[] values, int best, double delta)
    {
        (double bestFitMuB, double chi2Min) = profile is null ? (grid[best], values[best]) : RefineMinimum(profile, grid, values, best);
        double limit = UpperCrossing(profile, grid, values, bestFitMuB, chi2Min, chi2Min + delta);
        return new OneDofLimit(limit, bestFitMuB, chi2Min, values[0]);
    }

    /// <summary>χ²(μⱼ²) at each μ of <paramref name="muGridMuB"/> (for profiles.csv and plots).</summary>
    /// <param name="profile">The profiled χ²(s).</param>
    /// <param name="muGridMuB">Moments μⱼ ≥ 0 [μ_B].</param>
    public static ImmutableArray<double> ProfileOnGrid(IChi2Profile profile, ReadOnlySpan<double> muGridMuB)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var values = new double[muGridMuB.Length];
        for (int j = 0; j < muGridMuB.Length; j++)
        {
            double mu = muGridMuB[j];
            if (!(mu >= 0) || double.IsInfinity(mu))
            {
                throw new ArgumentOutOfRangeException(nameof(muGridMuB), mu, $"μ[{j}] = {mu} μ_B must be finite and ≥ 0.");
            }

            values[j] = profile.Chi2(mu * mu);
        }

        return ImmutableArray.Create(values);
    }

    /// <summary>
    /// Two-dof contour: for each m4 row, the μ where χ²(m4, μ) − χ²_min,global crosses Δ(CL, 2), interpolated
    /// linearly in ln μ between neighbouring grid points; 0, 1, 2 (or more) crossings per row, ascending in μ.
    /// </summary>
    /// <remarks>
    /// χ²_min,global is the smallest grid value. When <paramref name="profileForM4Index"/> supplies the profile of a
    /// row, each row's minimum is refined as in <see cref="OneDof"/> (χ²_min,global is then the smallest refined
    /// minimum) and every bracketed crossing is solved with Brent's root finder in ln μ to relative
    /// <see cref="MuRelativeTolerance"/>. No crossing is reported beyond the ends of the μ grid.
    /// </remarks>
    /// <param name="surface">χ²(m4ᵢ, μⱼ) on the grid.</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1), e.g. 0.9 (Δ = 4.6052).</param>
    /// <param name="profileForM4Index">Optional: the profiled χ²(s) of grid row i, consistent with the surface.</param>
    public static ImmutableArray<ContourPoint> TwoDofContour(
        Chi2Surface surface, double confidenceLevel, Func<int, IChi2Profile>? profileForM4Index = null)
    {
        ArgumentNullException.ThrowIfNull(surface);
        double delta = DeltaChi2(confidenceLevel, 2);
        ImmutableArray<double> mu = surface.MuGridMuB;
        var profiles = new IChi2Profile?[surface.M4GridMeV.Length];
        double globalMin = double.PositiveInfinity;
        for (int i = 0; i < profiles.Length; i++)
        {
            ImmutableArray<double> row = surface.Chi2ByM4[i];
            int best = ArgMin(row);
            globalMin = Math.Min(globalMin, row[best]);
            profiles[i] = profileForM4Index?.Invoke(i);
            if (profiles[i] is { } profile)
            {
                var grid = new double[mu.Length + 1];
                var values = new double[mu.Length + 1];
                grid[0] = 0;
                values[0] = double.PositiveInfinity; // μ = 0 is not a grid point here: never the bracket's best
                for (int j = 0; j < mu.Length; j++)
                {
                    grid[j + 1] = mu[j];
                    values[j + 1] = row[j];
                }

                (double _, double refined) = RefineMinimum(profile, grid, values, best + 1);
                globalMin = Math.Min(globalMin, refined);
            }
        }

        double level = globalMin + delta;
        var points = ImmutableArray.CreateBuilder<ContourPoint>();
        for (int i = 0; i < profiles.Length; i++)
        {
            ImmutableArray<double> row = surface.Chi2ByM4[i];
            for (int j = 0; j + 1 < mu.Length; j++)
            {
                bool insideHere = row[j] < level;
                bool insideNext = row[j + 1] < level;
                if (insideHere == insideNext)
                {
                    continue;
                }

                double muCrossing = InterpolateInLogMu(mu[j], mu[j + 1], row[j] - level, row[j + 1] - level);
                if (profiles[i] is { } profile)
                {
                    muCrossing = RefineCrossing(profile, mu[j], mu[j + 1], level) ?? muCrossing;
                }

                points.Add(new ContourPoint(surface.M4GridMeV[i], muCrossing, insideHere ? ContourEdge.Upper : ContourEdge.Lower));
            }
        }

        return points.ToImmutable();
    }

    private static int ArgMin(ImmutableArray<double> row)
    {
        int best = 0;
        for (int j = 1; j < row.Length; j++)
        {
            if (row[j] < row[best])
            {
                best = j;
            }
        }

        return best;
    }

    /// <summary>Brent minimization in s between the grid neighbours of grid[best]; returns (μ̂, χ²_min).</summary>
    private static (double MuMuB, double Chi2) RefineMinimum(IChi2Profile profile, double[] grid, double[] values, int best)
    {
        double lowerMu = grid[Math.Max(best - 1, 0)];
        double upperMu = grid[Math.Min(best + 1, grid.Length - 1)];
        double lowerS = lowerMu * lowerMu, upperS = upperMu * upperMu;
        if (best == 0 && profile.Chi2(NoSignalProbe * upperS) >= values[0])
        {
            // χ² rises from μ = 0 and is no lower at the next grid point: on that first step χ²(s) ≈ χ²(0) + a s + b s²
            // with a ≥ 0, whose minimum is at an end, so at μ = 0 (Brent would spend ~40 golden sections walking to it).
            return (grid[0], values[0]);
        }

        (double s, double chi2) = ScalarSolvers.Minimize(profile.Chi2, lowerS, upperS, 1e-7, 1e-10 * upperS);
        return chi2 < values[best] ? (Math.Sqrt(s), chi2) : (grid[best], values[best]);
    }

    /// <summary>The first μ above <paramref name="bestFitMuB"/> where χ²(μ²) reaches <paramref name="level"/>.</summary>
    private static double UpperCrossing(
        IChi2Profile? profile, double[] grid, double[] values, double bestFitMuB, double chi2Min, double level)
    {
        double below = bestFitMuB, valueBelow = chi2Min;
        double above = double.NaN, valueAbove = double.NaN;
        for (int i = 0; i < grid.Length; i++)
        {
            if (grid[i] <= bestFitMuB)
            {
                continue;
            }

            if (values[i] > level)
            {
                (above, valueAbove) = (grid[i], values[i]);
                break;
            }

            (below, valueBelow) = (grid[i], values[i]);
        }

        if (double.IsNaN(above))
        {
            return double.PositiveInfinity;
        }

        if (profile is null)
        {
            if (double.IsPositiveInfinity(valueAbove))
            {
                return above; // no shape to interpolate: the conservative end of the bracket
            }

            return below > 0
                ? InterpolateInLogMu(below, above, valueBelow - level, valueAbove - level)
                : above * (level - valueBelow) / (valueAbove - valueBelow); // linear in μ from μ = 0
        }

        if (below <= 0)
        {
            // the best fit is μ = 0 and the first grid point is already excluded: walk down in decades
            (below, valueBelow) = (above, valueAbove);
            for (int step = 0; step < 320 && valueBelow > level; step++)
            {
                (above, valueAbove) = (below, valueBelow);
                below /= 10;
                valueBelow = profile.Chi2(below * below);
            }
        }

        return RefineCrossing(profile, below, above, level) ?? above;
    }

    /// <summary>Brent root of χ²(μ²) − level in ln μ on [lowerMu, upperMu]; null when the ends do not bracket it.</summary>
    private static double? RefineCrossing(IChi2Profile profile, double lowerMu, double upperMu, double level)
    {
        double LevelGap(double logMu)
        {
            double muValue = Math.Exp(logMu);
            return profile.Chi2(muValue * muValue) - level;
        }

        double a = Math.Log(lowerMu), b = Math.Log(upperMu);
        double fa = LevelGap(a), fb = LevelGap(b);
        if (double.IsNaN(fa) || double.IsNaN(fb) || (fa < 0) == (fb < 0))
        {
            return null;
        }

        return Math.Exp(ScalarSolvers.FindRoot(LevelGap, a, b, fa, fb, MuRelativeTolerance));
    }

    private static double InterpolateInLogMu(double muLow, double muHigh, double gapLow, double gapHigh)
    {
        if (double.IsInfinity(gapLow) || double.IsInfinity(gapHigh))
        {
            return double.IsInfinity(gapLow) ? muLow : muHigh;
        }

        double t = gapLow / (gapLow - gapHigh);
        return Math.Exp(Math.Log(muLow) + (t * (Math.Log(muHigh) - Math.Log(muLow))));
    }
}
