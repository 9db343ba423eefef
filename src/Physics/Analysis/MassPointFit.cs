using System.Collections.Immutable;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Statistics;

namespace DipolePortal.Physics.Analysis;

/// <summary>The fit of one experiment set at one m4: χ² profile on a μ grid and the 1-dof limit.</summary>
/// <param name="M4MeV">Sterile mass [MeV].</param>
/// <param name="Limit">μ limit, best fit, χ²_min and χ²(μ = 0).</param>
/// <param name="Chi2ByMu">Profiled χ² at each μ of the requested grid.</param>
public sealed record MassPointResult(double M4MeV, OneDofLimit Limit, ImmutableArray<double> Chi2ByMu);

/// <summary>
/// Fits one experiment set at one m4 (docs/likelihood.md): Poisson χ² of seed 002 Eq. (7), or the Gaussian pull χ² of
/// seed 003 Eq. (11) for experiments declared with <see cref="Chi2Form.GaussianPull"/>; nuisances profiled.
/// </summary>
public static class MassPointFit
{
    /// <summary>Largest μ searched for the limit [μ_B]; the search covers 8 decades below it (Limits.OneDof).</summary>
    public const double MuSearchUpperMuB = 1e-5;

    /// <summary>
    /// Above the requested μ grid, the walk up <see cref="Limits.OneDof"/>'s search grid stops at the first point whose χ²
    /// exceeds the lowest χ² so far by this much (far beyond any Δχ² of a limit): there the signal swamps the data and
    /// Newton needs up to its iteration cap, while a deeper minimum further up would need χ² to fall back by more than this.
    /// </summary>
    public const double ExcludedMarginChi2 = 100;

    /// <summary>
    /// Fits the set at m4 and returns the limit at <paramref name="confidenceLevel"/> and the profile on <paramref name="muGridMuB"/>.
    /// Beyond kinematic reach the dipole signal vanishes, the profile is flat, the limit is +∞ and the best fit NaN; interactive callers
    /// check <see cref="KinematicReach.Ensure"/> first to report that as bad input instead.
    /// </summary>
    /// <remarks>
    /// With a grid (strictly increasing, &gt; 0) the profile is computed once, on the union of the grid and the parts of
    /// <see cref="Limits.OneDof"/>'s search grid it does not cover as finely, walking up from μ = 0 with each Newton
    /// warm-started from the previous point's θ̂ (a fixed order, so the values depend only on the arguments); the
    /// limit is then <see cref="Limits.OneDofOnGrid"/> refined with the exact profile. This is the search of
    /// <see cref="Limits.OneDof"/> on a finer grid, without a second grid search (issue 8; tested equal within 0.1%).
    /// </remarks>
    public static MassPointResult Fit(
        IReadOnlyList<PreparedExperiment> experiments, CouplingHypothesis hypothesis, double m4MeV, double confidenceLevel, ReadOnlySpan<double> muGridMuB)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(m4MeV);
        BinnedModel model = FitModel.Build(experiments, m4MeV, hypothesis);
        Chi2Form form = FitModel.CommonChi2Form(experiments);
        if (form == Chi2Form.GaussianPull)
        {
            // χ²(s) is an exact quadratic: no walk or warm start to gain.
            ImmutableArray<double> published = FitModel.PublishedSigmas(experiments);
            return new MassPointResult(m4MeV, Limit(model, form, confidenceLevel, published),
                muGridMuB.IsEmpty ? [] : Limits.ProfileOnGrid(PullChi2.FromModel(model, published), muGridMuB));
        }

        var chi2 = new PoissonChi2(model);
        if (muGridMuB.IsEmpty)
        {
            return new MassPointResult(m4MeV, WithoutBestFitWhenUnbounded(Limits.OneDof(chi2, confidenceLevel, MuSearchUpperMuB)), []);
        }

        if (!IsIncreasingPositive(muGridMuB))
        {
            OneDofLimit searched = Limits.OneDof(chi2, confidenceLevel, MuSearchUpperMuB);
            return new MassPointResult(m4MeV, WithoutBestFitWhenUnbounded(searched), Limits.ProfileOnGrid(chi2, muGridMuB));
        }

        (double[] searchGrid, int[] gridIndex) = SearchGridWith(muGridMuB);
        (OneDofLimit limit, double[] values) = Walk(chi2, searchGrid, gridIndex[^1], confidenceLevel);
        var profile = new double[muGridMuB.Length];
        for (int j = 0; j < profile.Length; j++)
        {
            profile[j] = values[gridIndex[j]];
        }

        return new MassPointResult(m4MeV, limit, ImmutableArray.Create(profile));
    }

    /// <summary>
    /// The 1-dof limit of a binned model fitted in <paramref name="form"/>, found as a scan finds it (see <see cref="Fit"/>:
    /// the walk up <see cref="Limits.OneDof"/>'s search grid for the Poisson form) but without a profile to keep: the fit of
    /// each pseudo data set (<see cref="ExpectedSensitivity"/>), whose observed counts replace the data's.
    /// </summary>
    /// <param name="model">Observed counts and the components of the prediction.</param>
    /// <param name="form">The χ² form of the experiments the model was built from.</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1), e.g. 0.9.</param>
    /// <param name="publishedSigmas">Pull form only: published Δᵢ per bin, NaN where none (<see cref="FitModel.PublishedSigmas"/>).</param>
    public static OneDofLimit Limit(BinnedModel model, Chi2Form form, double confidenceLevel, ImmutableArray<double> publishedSigmas = default)
    {
        if (form == Chi2Form.GaussianPull)
        {
            return WithoutBestFitWhenUnbounded(Limits.OneDof(PullChi2.FromModel(model, publishedSigmas), confidenceLevel, MuSearchUpperMuB));
        }

        // The search grid without its μ = 0 (the walk starts there), all of it past the requested part (none).
        return Walk(new PoissonChi2(model), Limits.SearchGrid(MuSearchUpperMuB)[1..], lastRequested: -1, confidenceLevel).Limit;
    }

    /// <summary>
    /// χ² at μ = 0 from a cold start, then up <paramref name="searchGrid"/> (μ &gt; 0, ascending) with each Newton warm-started
    /// along the walk; beyond <paramref name="lastRequested"/> the walk stops once χ² exceeds its lowest value by
    /// <see cref="ExcludedMarginChi2"/> (the rest is +∞). Returns the limit, refined with the exact profile, and the χ² values.
    /// </summary>
    private static (OneDofLimit Limit, double[] Values) Walk(PoissonChi2 chi2, double[] searchGrid, int lastRequested, double confidenceLevel)
    {
        double chi2AtZero = chi2.Chi2(0);
        var values = new double[searchGrid.Length];
        double lowest = chi2AtZero;
        for (int i = 0; i < searchGrid.Length; i++)
        {
            if (i > lastRequested && i > 0 && values[i - 1] > lowest + ExcludedMarginChi2)
            {
                values.AsSpan(i).Fill(double.PositiveInfinity); // far beyond the limit: see ExcludedMarginChi2
                break;
            }

            values[i] = chi2.Chi2AlongWalk(searchGrid[i] * searchGrid[i]);
            lowest = Math.Min(lowest, values[i]);
        }

        // Brent's evaluation points depend only on the grid values, so warm-starting each from the previous stays deterministic.
        OneDofLimit limit = Limits.OneDofOnGrid(
            ImmutableArray.Create(searchGrid), values, chi2AtZero, confidenceLevel, refineWith: chi2.WarmStarted());
        return (WithoutBestFitWhenUnbounded(limit), values);
    }

    /// <summary>No sensitivity up to the search bound: there is no best fit to speak of, only a flat profile (NaN).</summary>
    private static OneDofLimit WithoutBestFitWhenUnbounded(OneDofLimit limit) =>
        double.IsPositiveInfinity(limit.MuLimitMuB) ? limit with { MuBestFitMuB = double.NaN } : limit;

    /// <summary>
    /// The requested grid merged with the points of <see cref="Limits.OneDof"/>'s search grid (μ &gt; 0) that lie outside
    /// it, or all of them when the requested grid is coarser than the search grid; ascending, without duplicates.
    /// Returns the merged grid and the index of each requested point in it.
    /// </summary>
    private static (double[] Grid, int[] GridIndex) SearchGridWith(ReadOnlySpan<double> muGridMuB)
    {
        double[] coarse = Limits.SearchGrid(MuSearchUpperMuB);
        double finestRatio = Math.Pow(10, 1.0 / Limits.SearchPointsPerDecade);
        bool fineEnough = true;
        for (int j = 1; j < muGridMuB.Length; j++)
        {
            fineEnough &= muGridMuB[j] <= muGridMuB[j - 1] * finestRatio;
        }

        var merged = new List<double>(muGridMuB.Length + coarse.Length);
        merged.AddRange(muGridMuB.ToArray());
        for (int i = 1; i < coarse.Length; i++)
        {
            bool inside = coarse[i] >= muGridMuB[0] && coarse[i] <= muGridMuB[^1];
            if (!(inside && fineEnough))
            {
                merged.Add(coarse[i]);
            }
        }

        double[] grid = [.. merged.Distinct().Order()];
        var gridIndex = new int[muGridMuB.Length];
        for (int j = 0; j < gridIndex.Length; j++)
        {
            gridIndex[j] = Array.BinarySearch(grid, muGridMuB[j]);
        }

        return (grid, gridIndex);
    }

    private static bool IsIncreasingPositive(ReadOnlySpan<double> muGridMuB)
    {
        for (int j = 0; j < muGridMuB.Length; j++)
        {
            if (!(muGridMuB[j] > 0) || double.IsInfinity(muGridMuB[j]) || (j > 0 && !(muGridMuB[j] > muGridMuB[j - 1])))
            {
                return false;
            }
        }

        return true;
    }
}
