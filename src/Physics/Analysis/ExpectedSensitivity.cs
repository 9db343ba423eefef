using System.Collections.Immutable;
using System.Globalization;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Statistics;

namespace DipolePortal.Physics.Analysis;

/// <summary>
/// Expected sensitivity from pseudo-experiments (docs/likelihood.md): N data sets drawn Poisson-fluctuated around the
/// background-only expectation (μ = 0, every nuisance at 0), each fitted like the real data (<see cref="MassPointFit.Limit"/>).
/// Pseudo-experiment i is drawn by a <see cref="SeededRandom"/> keyed "seedKey/i", so the quantiles depend only on the arguments.
/// </summary>
public static class ExpectedSensitivity
{
    /// <summary>The quantiles of the N pseudo-experiments' limits at <paramref name="confidenceLevel"/>.</summary>
    /// <param name="model">The fit model at one m4; its observed counts are not used.</param>
    /// <param name="form">The χ² form of the experiments the model was built from.</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1), e.g. 0.9.</param>
    /// <param name="pseudoExperiments">N ≥ 1.</param>
    /// <param name="seedKey">Seeds the draws, e.g. the shard key and the m4 index: same key, same numbers.</param>
    /// <param name="publishedSigmas">Pull form only: the experiments' published Δᵢ, NaN where none (<see cref="FitModel.PublishedSigmas"/>).</param>
    public static ExpectedLimitQuantiles Compute(
        BinnedModel model, Chi2Form form, double confidenceLevel, int pseudoExperiments, string seedKey, ImmutableArray<double> publishedSigmas = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(pseudoExperiments, 1);
        ImmutableArray<double> background = BackgroundOnly(model);
        var limits = new double[pseudoExperiments];
        var counts = new double[model.BinCount];
        for (int i = 0; i < pseudoExperiments; i++)
        {
            var random = new SeededRandom(string.Create(CultureInfo.InvariantCulture, $"{seedKey}/{i}"));
            for (int k = 0; k < counts.Length; k++)
            {
                counts[k] = random.NextPoisson(background[k]);
            }

            limits[i] = MassPointFit.Limit(new BinnedModel([.. counts], model.Components), form, confidenceLevel, publishedSigmas).MuLimitMuB;
        }

        Array.Sort(limits);
        return new ExpectedLimitQuantiles(pseudoExperiments, Quantile(limits, 0.5), Quantile(limits, 0.16), Quantile(limits, 0.84),
            Quantile(limits, 0.025), Quantile(limits, 0.975));
    }

    /// <summary>The background-only expectation Eₖ(θ = 0; s = 0) = Σ_p A_pk [events]: the Asimov data of the no-signal hypothesis.</summary>
    public static ImmutableArray<double> BackgroundOnly(BinnedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.ExpectedCounts(0, new double[model.Nuisances.Length]);
    }

    /// <summary>
    /// The p-quantile of ascending values, interpolated linearly between order statistics at h = (n − 1)p (Hyndman and
    /// Fan's type 7, numpy's default); +∞ when the upper neighbour is +∞ (no limit reached).
    /// </summary>
    private static double Quantile(double[] sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int below = (int)Math.Floor(h);
        double fraction = h - below;
        if (fraction == 0)
        {
            return sorted[below];
        }

        double upper = sorted[below + 1];
        return double.IsPositiveInfinity(upper) ? upper : sorted[below] + (fraction * (upper - sorted[below]));
    }
}
