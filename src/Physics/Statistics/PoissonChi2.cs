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
/// (λ²/2 estimates χ² − χ²_min; the step taken after it leaves an error far below 1e-10). When the infimum lies on
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

    private const double NearDecrement = 1e-2;
    private const double ArmijoSlope = 1e-4;
    private const double FractionToBoundary = 0.99;
    private const int MaxBacktracks = 60;

    private readonly BinnedModel _model;
    private readonly int _binCount;
    private readonly int _freeCount;
    private readonly int[] _freeToModelIndex;
    private readonly double[] _observed;
    private readonly double[] _nominalBase;
    private readonly double[] _nominalSignal;
    private readonly double[] _responseBase; // bin-major: [k * freeCount + j] = ∂Eₖ/∂θⱼ at s = 0
    private readonly double[] _responseSignal; // bin-major: ∂²Eₖ/∂θⱼ∂s
    private readonly double[] _inverseVariance; // 1/σⱼ², 0 for σ = +∞
    private readonly double _roundingAllowance;

    private readonly double[] _nominal;
    private readonly double[] _response;
    private double[] _expected;
    private double[] _trialExpected;
    private double[] _theta;
    private double[] _trialTheta;
    private readonly double[] _gradient;
    private readonly double[] _hessian;
    private readonly double[] _factor;
    private readonly double[] _step;

    /// <summary>Compiles <paramref name="model"/> into its linear form Eₖ = Nₖ(s) + Σⱼ θⱼ Rⱼₖ(s) and allocates buffers.</summary>
    /// <param name="model">Observed counts and the linear components of the prediction.</param>
    public PoissonChi2(BinnedModel model)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _binCount = model.BinCount;
        var freeIndices = new List<int>();
        for (int i = 0; i < model.Nuisances.Length; i++)
        {
            if (model.Nuisances[i].IsFree)
            {
                freeIndices.Add(i);
            }
        }

        _freeToModelIndex = freeIndices.ToArray();
        _freeCount = _freeToModelIndex.Length;
        _observed = model.ObservedCounts.ToArray();
        _nominalBase = new double[_binCount];
        _nominalSignal = new double[_binCount];
        _responseBase = new double[_binCount * _freeCount];
        _responseSignal = new double[_binCount * _freeCount];
        _inverseVariance = new double[_freeCount];
        for (int j = 0; j < _freeCount; j++)
        {
            double sigma = model.Nuisances[_freeToModelIndex[j]].Sigma;
            _inverseVariance[j] = double.IsPositiveInfinity(sigma) ? 0 : 1 / (sigma * sigma);
        }

        foreach (LinearComponent component in model.Components)
        {
            int free = FreeIndexOf(component.Nuisance);
            int freeSignal = component.SignalNuisance is null ? -1 : FreeIndexOf(component.SignalNuisance);
            for (int k = 0; k < _binCount; k++)
            {
                double baseCounts = component.BaseCounts[k];
                double signalCounts = component.SignalCountsPerMuB2[k];
                _nominalBase[k] += baseCounts;
                _nominalSignal[k] += signalCounts;
                if (free >= 0)
                {
                    _responseBase[(k * _freeCount) + free] += baseCounts;
                    _responseSignal[(k * _freeCount) + free] += signalCounts;
                }

                if (freeSignal >= 0)
                {
                    _responseSignal[(k * _freeCount) + freeSignal] += signalCounts;
                }
            }
        }

        double totalObserved = 0;
        foreach (double o in _observed)
        {
            totalObserved += o;
        }

        _roundingAllowance = 1e-12 * (1 + (2 * totalObserved));
        _nominal = new double[_binCount];
        _response = new double[_binCount * _freeCount];
        _expected = new double[_binCount];
        _trialExpected = new double[_binCount];
        _theta = new double[_freeCount];
        _trialTheta = new double[_freeCount];
        _gradient = new double[_freeCount];
        _hessian = new double[_freeCount * _freeCount];
        _factor = new double[_freeCount * _freeCount];
        _step = new double[_freeCount];
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

        double chi2 = Minimize(muSquaredMuB2, warmStartNuisances, out int iterations, out bool converged);
        var nuisances = new double[_model.Nuisances.Length];
        for (int j = 0; j < _freeCount; j++)
        {
            nuisances[_freeToModelIndex[j]] = _theta[j];
        }

        return new ProfileResult(chi2, ImmutableArray.Create(nuisances), iterations) { Converged = converged };
    }

    /// <summary>Profile χ²(s) from a cold start θ = 0: deterministic in s alone, allocation-free.</summary>
    /// <param name="muSquaredMuB2">Signal strength s = μ² [μ_B²]; finite, ≥ 0.</param>
    public double Chi2(double muSquaredMuB2) => Minimize(muSquaredMuB2, default, out _, out _);

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
        for (int k = 0; k < _binCount; k++)
        {
            double o = _observed[k];
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

    private int FreeIndexOf(NuisanceParameter nuisance)
    {
        int modelIndex = _model.IndexOfNuisance(nuisance.Name);
        return Array.IndexOf(_freeToModelIndex, modelIndex);
    }

    private double Minimize(double s, ReadOnlySpan<double> warmStart, out int iterations, out bool converged)
    {
        SignalStrengthGuard.ThrowIfInvalid(s);
        iterations = 0;
        converged = true;
        for (int k = 0; k < _binCount; k++)
        {
            _nominal[k] = _nominalBase[k] + (s * _nominalSignal[k]);
            for (int j = 0; j < _freeCount; j++)
            {
                int kj = (k * _freeCount) + j;
                _response[kj] = _responseBase[kj] + (s * _responseSignal[kj]);
            }
        }

        Array.Clear(_theta);
        for (int k = 0; k < _binCount; k++)
        {
            if (_nominal[k] <= 0 && _observed[k] > 0)
            {
                return double.PositiveInfinity; // every term of Eₖ vanishes: Eₖ ≡ 0 for all θ
            }
        }

        if (!warmStart.IsEmpty)
        {
            for (int j = 0; j < _freeCount; j++)
            {
                double start = warmStart[_freeToModelIndex[j]];
                _theta[j] = double.IsFinite(start) ? start : throw new ArgumentException("The warm start is not finite.", nameof(warmStart));
            }

            ComputeExpected(_theta, _expected);
            if (!IsInsideDomain(_expected))
            {
                Array.Clear(_theta);
            }
        }

        ComputeExpected(_theta, _expected);
        double chi2 = Objective(_expected, _theta);
        if (_freeCount == 0)
        {
            return chi2;
        }

        converged = false;
        while (iterations < MaxIterations)
        {
            iterations++;
            double decrement = NewtonStep();
            if (!(decrement >= 0))
            {
                break; // not a descent direction: the Hessian is numerically singular in every direction tried
            }

            double stepLength = MaxFeasibleStep();
            bool accepted = false;
            bool boundaryStalled = false;
            for (int backtrack = 0; backtrack < MaxBacktracks && !accepted; backtrack++)
            {
                for (int j = 0; j < _freeCount; j++)
                {
                    _trialTheta[j] = _theta[j] + (stepLength * _step[j]);
                }

                ComputeExpected(_trialTheta, _trialExpected);
                double trialChi2 = IsInsideDomain(_trialExpected) ? Objective(_trialExpected, _trialTheta) : double.PositiveInfinity;
                bool nearMinimum = decrement < NearDecrement && stepLength == 1;
                accepted = nearMinimum
                    ? trialChi2 <= chi2 + _roundingAllowance
                    : trialChi2 <= chi2 - (ArmijoSlope * stepLength * decrement);
                if (accepted)
                {
                    (_theta, _trialTheta) = (_trialTheta, _theta);
                    (_expected, _trialExpected) = (_trialExpected, _expected);
                    boundaryStalled = stepLength < 1 && chi2 - trialChi2 <= DecrementTolerance;
                    chi2 = trialChi2;
                }
                else
                {
                    stepLength *= 0.5;
                }
            }

            if (decrement / 2 <= DecrementTolerance || boundaryStalled)
            {
                converged = true;
                break;
            }

            if (!accepted)
            {
                break;
            }
        }

        return chi2;
    }

    /// <summary>Fills _step with the Newton direction −H⁻¹g at _theta and returns the decrement λ² = −gᵀ·step.</summary>
    private double NewtonStep()
    {
        int n = _freeCount;
        for (int j = 0; j < n; j++)
        {
            _gradient[j] = 2 * _theta[j] * _inverseVariance[j]; // ∂/∂θⱼ of (θⱼ/σⱼ)²
            for (int i = 0; i <= j; i++)
            {
                _hessian[(j * n) + i] = i == j ? 2 * _inverseVariance[j] : 0;
            }
        }

        for (int k = 0; k < _binCount; k++)
        {
            double e = _expected[k];
            if (e <= 0)
            {
                continue; // Eₖ ≡ 0 with Oₖ = 0: no θ dependence
            }

            double ratio = _observed[k] / e;
            double gradientWeight = 2 * (1 - ratio); // ∂/∂Eₖ of 2[Eₖ − Oₖ + Oₖ ln(Oₖ/Eₖ)]
            double curvature = 2 * ratio / e; // ∂²/∂Eₖ² of the same
            int row = k * n;
            for (int j = 0; j < n; j++)
            {
                double rj = _response[row + j];
                if (rj == 0)
                {
                    continue;
                }

                _gradient[j] += gradientWeight * rj;
                double weighted = curvature * rj;
                for (int i = 0; i <= j; i++)
                {
                    _hessian[(j * n) + i] += weighted * _response[row + i];
                }
            }
        }

        double maxDiagonal = 0;
        for (int j = 0; j < n; j++)
        {
            maxDiagonal = Math.Max(maxDiagonal, _hessian[(j * n) + j]);
        }

        double damping = 0;
        for (int attempt = 0; attempt < 30; attempt++)
        {
            Array.Copy(_hessian, _factor, _hessian.Length);
            for (int j = 0; j < n; j++)
            {
                _factor[(j * n) + j] += damping;
            }

            if (DenseCholesky.TryFactorize(_factor, n))
            {
                for (int j = 0; j < n; j++)
                {
                    _step[j] = -_gradient[j];
                }

                DenseCholesky.Solve(_factor, n, _step);
                double decrement = 0;
                for (int j = 0; j < n; j++)
                {
                    decrement -= _gradient[j] * _step[j];
                }

                return decrement;
            }

            damping = damping == 0 ? 1e-12 * Math.Max(maxDiagonal, 1) : damping * 100;
        }

        return double.NaN;
    }

    /// <summary>Largest step fraction ≤ 1 that keeps every Eₖ &gt; 0 (99% of the way to the boundary at most).</summary>
    private double MaxFeasibleStep()
    {
        double stepLength = 1;
        for (int k = 0; k < _binCount; k++)
        {
            double change = 0;
            int row = k * _freeCount;
            for (int j = 0; j < _freeCount; j++)
            {
                change += _step[j] * _response[row + j];
            }

            if (change < 0 && _expected[k] > 0)
            {
                double toBoundary = _expected[k] / -change;
                if (toBoundary <= 1)
                {
                    stepLength = Math.Min(stepLength, FractionToBoundary * toBoundary);
                }
            }
        }

        return stepLength;
    }

    private void ComputeExpected(ReadOnlySpan<double> theta, Span<double> expected)
    {
        for (int k = 0; k < _binCount; k++)
        {
            double e = _nominal[k];
            int row = k * _freeCount;
            for (int j = 0; j < _freeCount; j++)
            {
                e += theta[j] * _response[row + j];
            }

            expected[k] = e;
        }
    }

    /// <summary>True when every bin that can have expected counts has Eₖ &gt; 0.</summary>
    private bool IsInsideDomain(ReadOnlySpan<double> expected)
    {
        for (int k = 0; k < _binCount; k++)
        {
            if (_nominal[k] > 0 && !(expected[k] > 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Seed 002 Eq. (7) at given Eₖ and θ (inside the domain).</summary>
    private double Objective(ReadOnlySpan<double> expected, ReadOnlySpan<double> theta)
    {
        double poissonSum = 0;
        for (int k = 0; k < _binCount; k++)
        {
            poissonSum += PoissonDeviance.Term(_observed[k], expected[k]);
        }

        double pulls = 0;
        for (int j = 0; j < _freeCount; j++)
        {
            pulls += theta[j] * theta[j] * _inverseVariance[j];
        }

        return (2 * poissonSum) + pulls;
    }
}
