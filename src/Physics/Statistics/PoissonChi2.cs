using System.Collections.Immutable;

namespace DipolePortal.Physics.Statistics;

/// <summary>
/// The Poisson χ² of seed 002 Eq. (7), profiled exactly over the nuisances (docs/likelihood.md):
/// χ²(s) = min_θ { 2 Σₖ [Eₖ(θ; s) − Oₖ + Oₖ ln(Oₖ / Eₖ(θ; s))] + Σ_p (θ_p / σ_p)² }, with Oₖ ln(Oₖ/Eₖ) → 0 for Oₖ = 0
/// and Eₖ linear in θ (<see cref="BinnedModel"/>).
/// </summary>
/// <remarks>
/// <para>
/// For fixed s the objective is convex in θ (Eₖ is linear in θ, x − O ln x is convex), so the minimum is unique and
/// Newton's method with the analytic gradient and Hessian finds it: gⱼ = 2 Σₖ Rⱼₖ (1 − Oₖ/Eₖ) + 2 θⱼ/σⱼ²,
/// Hᵢⱼ = 2 Σₖ Rᵢₖ Rⱼₖ Oₖ/Eₖ² + 2 δᵢⱼ/σⱼ², where Rⱼₖ = ∂Eₖ/∂θⱼ. Steps are cut to stay inside Eₖ &gt; 0 (99% of the
/// way to the boundary at most) and backtracked (Armijo) while the Newton decrement λ² = −gᵀΔθ ≥ 0.01; below that
/// full steps are taken. Iteration stops after the step whose decrement satisfied λ²/2 ≤ <see cref="DecrementTolerance"/>
/// (λ²/2 estimates χ² − χ²_min; the step taken after it leaves an error far below 1e-10), or after a full step from
/// λ²/2 ≤ 10⁻⁶·min(1, O_min), which self-concordance bounds to leave ≲ 10⁻¹² (NewtonProfiler.FullStepTolerance). When the infimum lies on
/// the boundary Eₖ → 0 of a bin with Oₖ = 0 (possible only for very wide priors), each step goes 99% of the way there
/// and iteration stops once a boundary-limited step lowers χ² by ≤ <see cref="DecrementTolerance"/>.
/// </para>
/// <para>
/// Determinism: <see cref="Chi2"/> always starts Newton from θ = 0, so its value depends only on s and the model,
/// never on earlier calls. <see cref="Profile"/> starts from the caller's warm start when one is given; the result then
/// agrees with the cold start to ≪ 1e-10 in χ² but need not be bit-identical.
/// </para>
/// <para>
/// Not thread-safe: an instance owns preallocated buffers and the Newton iterations allocate nothing. Use one
/// instance per thread.
/// </para>
/// </remarks>
public sealed class PoissonChi2 : IChi2Profile
{
    /// <summary>Newton iteration cap.</summary>
    public const int MaxIterations = 100;

    /// <summary>Convergence threshold on half the Newton decrement, λ²/2 ≈ χ² − χ²_min [dimensionless].</summary>
    public const double DecrementTolerance = 1e-12;

    private readonly BinnedModel _model;
    private readonly NewtonProfiler _profiler;

    /// <summary>Compiles <paramref name="model"/> into its linear form Eₖ = Nₖ(s) + Σⱼ θⱼ Rⱼₖ(s) and allocates buffers.</summary>
    /// <param name="model">Observed counts and the linear components of the prediction.</param>
    public PoissonChi2(BinnedModel model)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _profiler = new NewtonProfiler(model);
    }

    /// <summary>The model this statistic was built from.</summary>
    public BinnedModel Model => _model;

    /// <summary>
    /// Exact profile χ²(s) = min_θ χ²(s, θ) of seed 002 Eq. (7) by Newton's method (see remarks on the type).
    /// </summary>
    /// <param name="muSquaredMuB2">Signal strength s = μ² [μ_B²]; finite, ≥ 0.</param>
    /// <param name="warmStartNuisances">
    /// Optional starting θ in the order of <see cref="BinnedModel.Nuisances"/> (empty: θ = 0). Fixed entries are ignored;
    /// a start with some Eₖ ≤ 0 falls back to θ = 0.
    /// </param>
    public ProfileResult Profile(double muSquaredMuB2, ReadOnlySpan<double> warmStartNuisances = default)
    {
        if (!warmStartNuisances.IsEmpty && warmStartNuisances.Length != _model.Nuisances.Length)
        {
            throw new ArgumentException(
                $"The warm start has {warmStartNuisances.Length} values; the model has {_model.Nuisances.Length} nuisances.",
                nameof(warmStartNuisances));
        }

        double chi2 = _profiler.Minimize(muSquaredMuB2, warmStartNuisances, out int iterations, out bool converged);
        var nuisances = new double[_model.Nuisances.Length];
        ReadOnlySpan<double> theta = _profiler.Theta;
        for (int j = 0; j < theta.Length; j++)
        {
            nuisances[_profiler.FreeToModelIndex[j]] = theta[j];
        }

        return new ProfileResult(chi2, ImmutableArray.Create(nuisances), iterations) { Converged = converged };
    }

    /// <summary>Profile χ²(s) from a cold start θ = 0: deterministic in s alone, allocation-free.</summary>
    /// <param name="muSquaredMuB2">Signal strength s = μ² [μ_B²]; finite, ≥ 0.</param>
    public double Chi2(double muSquaredMuB2) => _profiler.Minimize(muSquaredMuB2, default, out _, out _);

    /// <summary>
    /// Profile χ²(s) with Newton warm-started from θ̂ of the previous evaluation on this instance (θ = 0 on the first):
    /// for walking a μ grid in a fixed order, where neighbouring θ̂ are close. Agrees with <see cref="Chi2"/> to ≪ 1e-10
    /// and is deterministic for a fixed sequence of calls; allocation-free.
    /// </summary>
    /// <param name="muSquaredMuB2">Signal strength s = μ² [μ_B²]; finite, ≥ 0.</param>
    internal double Chi2FromLastMinimum(double muSquaredMuB2) => _profiler.MinimizeFromLast(muSquaredMuB2, out _, out _);

    /// <summary>
    /// Profile χ²(s) for a walk along increasing s, from θ̂ extrapolated through the two previous points of the walk.
    /// <see cref="Chi2"/> or <see cref="Profile"/> starts a new walk. Agrees with <see cref="Chi2"/> to ≪ 1e-10;
    /// deterministic for a fixed sequence of calls; allocation-free.
    /// </summary>
    /// <param name="muSquaredMuB2">Signal strength s = μ² [μ_B²]; finite, ≥ 0.</param>
    internal double Chi2AlongWalk(double muSquaredMuB2) => _profiler.MinimizeAlongWalk(muSquaredMuB2, out _, out _);

    /// <summary>This χ² as a profile whose every evaluation is warm-started from the previous one (<see cref="Chi2FromLastMinimum"/>).</summary>
    internal IChi2Profile WarmStarted() => new WarmStartedProfile(this);

    private sealed class WarmStartedProfile(PoissonChi2 chi2) : IChi2Profile
    {
        public double Chi2(double muSquaredMuB2) => chi2.Chi2FromLastMinimum(muSquaredMuB2);
    }

    /// <summary>
    /// Un-profiled χ²(s, θ) of seed 002 Eq. (7) at the given nuisances, from <see cref="BinnedModel.ExpectedCounts"/>:
    /// 2 Σₖ [Eₖ − Oₖ + Oₖ ln(Oₖ/Eₖ)] + Σ_p (θ_p/σ_p)². A fixed nuisance (σ = 0) away from 0, a bin with Oₖ &gt; 0 and
    /// Eₖ ≤ 0, or any Eₖ &lt; 0 gives +∞.
    /// </summary>
    /// <param name="muSquaredMuB2">Signal strength s = μ² [μ_B²]; finite, ≥ 0.</param>
    /// <param name="nuisances">θ in the order of <see cref="BinnedModel.Nuisances"/> [dimensionless].</param>
    public double Evaluate(double muSquaredMuB2, ReadOnlySpan<double> nuisances)
    {
        ImmutableArray<double> expected = _model.ExpectedCounts(muSquaredMuB2, nuisances);
        double poissonSum = 0;
        for (int k = 0; k < expected.Length; k++)
        {
            double o = _model.ObservedCounts[k];
            double e = expected[k];
            if (e < 0 || (o > 0 && e <= 0))
            {
                return double.PositiveInfinity;
            }

            poissonSum += PoissonDeviance.Term(o, e); // seed 002 Eq. (7), Poisson term
        }

        double pulls = 0;
        for (int p = 0; p < nuisances.Length; p++)
        {
            double sigma = _model.Nuisances[p].Sigma;
            double theta = nuisances[p];
            if (sigma == 0)
            {
                if (theta != 0)
                {
                    return double.PositiveInfinity;
                }
            }
            else if (!double.IsPositiveInfinity(sigma))
            {
                pulls += theta / sigma * (theta / sigma); // seed 002 Eq. (7), pull terms (θ/σ)²
            }
        }

        return (2 * poissonSum) + pulls;
    }
}
