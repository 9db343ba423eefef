namespace DipolePortal.Physics.Statistics;

/// <summary>
/// The engine of <see cref="PoissonChi2"/>: the model compiled to Eₖ = Nₖ(s) + Σⱼ θⱼ Rⱼₖ(s) over the free nuisances,
/// preallocated buffers, and the damped Newton iteration with analytic gradient and Hessian (docs/likelihood.md).
/// Not thread-safe; allocation-free per call.
/// </summary>
internal sealed class NewtonProfiler
{
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
    private readonly double[] _responseBase; // nuisance-major: [j * binCount + k] = ∂Eₖ/∂θⱼ at s = 0
    private readonly double[] _responseSignal; // nuisance-major: ∂²Eₖ/∂θⱼ∂s
    private readonly double[] _inverseVariance; // 1/σⱼ², 0 for σ = +∞
    private readonly double _roundingAllowance;
    private readonly double _fullStepTolerance;

    private readonly double[] _nominal;
    private readonly double[] _responseByNuisance; // Rⱼₖ(s) = ∂Eₖ/∂θⱼ at the current s, nuisance-major: [j * binCount + k]
    private readonly double[] _gradientWeight; // per bin, ∂/∂Eₖ of the Poisson term
    private readonly double[] _curvature; // per bin, ∂²/∂Eₖ²
    private readonly double[] _weighted; // per bin, cₖ Rⱼₖ for the current j
    private readonly double[] _stepChange; // per bin, Σⱼ stepⱼ Rⱼₖ
    private double[] _expected;
    private double[] _trialExpected;
    private double[] _theta;
    private double[] _trialTheta;
    private readonly double[] _gradient;
    private readonly double[] _hessian;
    private readonly double[] _factor;
    private readonly double[] _step;
    private double[] _lastTheta;
    private double[] _previousTheta;
    private double _lastS;
    private double _previousS;
    private int _walkLength; // minima recorded by MinimizeAlongWalk since the last Minimize

    /// <summary>Compiles <paramref name="model"/> into its linear form and allocates buffers.</summary>
    public NewtonProfiler(BinnedModel model)
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
                    _responseBase[(free * _binCount) + k] += baseCounts;
                    _responseSignal[(free * _binCount) + k] += signalCounts;
                }

                if (freeSignal >= 0)
                {
                    _responseSignal[(freeSignal * _binCount) + k] += signalCounts;
                }
            }
        }

        double totalObserved = 0;
        foreach (double o in _observed)
        {
            totalObserved += o;
        }

        _roundingAllowance = 1e-12 * (1 + (2 * totalObserved));
        _fullStepTolerance = FullStepTolerance(_observed);
        _nominal = new double[_binCount];
        _responseByNuisance = new double[_binCount * _freeCount];
        _gradientWeight = new double[_binCount];
        _curvature = new double[_binCount];
        _weighted = new double[_binCount];
        _stepChange = new double[_binCount];
        _expected = new double[_binCount];
        _trialExpected = new double[_binCount];
        _theta = new double[_freeCount];
        _trialTheta = new double[_freeCount];
        _gradient = new double[_freeCount];
        _hessian = new double[_freeCount * _freeCount];
        _factor = new double[_freeCount * _freeCount];
        _step = new double[_freeCount];
        _lastTheta = new double[_freeCount];
        _previousTheta = new double[_freeCount];
    }

    /// <summary>Model index of each free nuisance.</summary>
    public ReadOnlySpan<int> FreeToModelIndex => _freeToModelIndex;

    /// <summary>θ of the free nuisances after the last <see cref="Minimize"/>.</summary>
    public ReadOnlySpan<double> Theta => _theta;

    private int FreeIndexOf(NuisanceParameter nuisance)
    {
        int modelIndex = _model.IndexOfNuisance(nuisance.Name);
        return Array.IndexOf(_freeToModelIndex, modelIndex);
    }

    /// <summary>Minimizes χ²(s, θ) over the free θ from θ = 0 or the warm start; θ̂ is left in <see cref="Theta"/>.</summary>
    public double Minimize(double s, ReadOnlySpan<double> warmStart, out int iterations, out bool converged)
    {
        SignalStrengthGuard.ThrowIfInvalid(s);
        SetSignalStrength(s);
        _walkLength = 0;
        if (!warmStart.IsEmpty)
        {
            for (int j = 0; j < _freeCount; j++)
            {
                double start = warmStart[_freeToModelIndex[j]];
                _theta[j] = double.IsFinite(start)
                    ? start
                    : throw new ArgumentException("The warm start is not finite.", nameof(warmStart));
            }
        }
        else
        {
            Array.Clear(_theta);
        }

        return Iterate(out iterations, out converged);
    }

    /// <summary>
    /// As <see cref="Minimize"/>, warm-started from θ̂ of the previous call on this instance (θ = 0 before the first
    /// call or after a +∞ result). Deterministic for a fixed sequence of calls; allocation-free.
    /// </summary>
    public double MinimizeFromLast(double s, out int iterations, out bool converged)
    {
        SignalStrengthGuard.ThrowIfInvalid(s);
        SetSignalStrength(s);
        return Iterate(out iterations, out converged);
    }

    /// <summary>
    /// As <see cref="MinimizeFromLast"/>, for a walk along increasing s: Newton starts from θ̂ extrapolated linearly in s
    /// through the minima of the two previous calls (θ̂ depends smoothly on s), or from the last θ̂ when there is only one.
    /// The caller resets the walk with <see cref="Minimize"/>. Deterministic for a fixed sequence of calls; allocation-free.
    /// </summary>
    public double MinimizeAlongWalk(double s, out int iterations, out bool converged)
    {
        SignalStrengthGuard.ThrowIfInvalid(s);
        SetSignalStrength(s);
        if (_walkLength >= 2 && _lastS > _previousS)
        {
            double t = (s - _lastS) / (_lastS - _previousS);
            for (int j = 0; j < _freeCount; j++)
            {
                _theta[j] = _lastTheta[j] + (t * (_lastTheta[j] - _previousTheta[j]));
            }
        }

        double chi2 = Iterate(out iterations, out converged);
        if (double.IsFinite(chi2))
        {
            (_previousTheta, _lastTheta) = (_lastTheta, _previousTheta);
            Array.Copy(_theta, _lastTheta, _freeCount);
            (_previousS, _lastS) = (_lastS, s);
            _walkLength++;
        }
        else
        {
            _walkLength = 0;
        }

        return chi2;
    }

    private void SetSignalStrength(double s)
    {
        _nominalBase.CopyTo(_nominal);
        BinDot.AddScaled(s, _nominalSignal, _nominal);
        _responseBase.CopyTo(_responseByNuisance);
        BinDot.AddScaled(s, _responseSignal, _responseByNuisance);
    }

    /// <summary>Newton iteration from the θ in _theta (reset to 0 when outside the domain).</summary>
    private double Iterate(out int iterations, out bool converged)
    {
        iterations = 0;
        converged = true;
        for (int k = 0; k < _binCount; k++)
        {
            if (_nominal[k] <= 0 && _observed[k] > 0)
            {
                Array.Clear(_theta);
                return double.PositiveInfinity; // every term of Eₖ vanishes: Eₖ ≡ 0 for all θ
            }
        }

        ComputeExpected(_theta, _expected);
        if (!IsInsideDomain(_expected))
        {
            Array.Clear(_theta);
            ComputeExpected(_theta, _expected);
        }

        double chi2 = Objective(_expected, _theta);
        if (_freeCount == 0)
        {
            return chi2;
        }

        converged = false;
        while (iterations < PoissonChi2.MaxIterations)
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
                    boundaryStalled = stepLength < 1 && chi2 - trialChi2 <= PoissonChi2.DecrementTolerance;
                    chi2 = trialChi2;
                }
                else
                {
                    stepLength *= 0.5;
                }
            }

            bool fullStepFinishes = accepted && stepLength == 1 && decrement / 2 <= _fullStepTolerance;
            if (decrement / 2 <= PoissonChi2.DecrementTolerance || fullStepFinishes || boundaryStalled)
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

    /// <summary>
    /// The largest λ²/2 from which one full Newton step leaves χ² − χ²_min ≲ 10⁻¹² (<see cref="PoissonChi2.DecrementTolerance"/>).
    /// Each bin's 2(E − O ln E) has f″ = 2O/E² and |f‴| = 4O/E³ = 2M f″^{3/2} with M = 1/√(2O); bins with O = 0 are linear
    /// and the pulls quadratic, so χ²(θ) is M-self-concordant with M set by the smallest O &gt; 0. After a full step
    /// Mλ₊ ≤ (Mλ / (1 − Mλ))² (Nesterov, Introductory Lectures on Convex Optimization, Thm. 4.1.14, scaled by M), and
    /// χ² − χ²_min ≈ λ₊²/2. With λ²/2 ≤ 10⁻⁶·min(1, O_min), Mλ ≤ 10⁻³ and λ₊²/2 ≲ 10⁻¹²: the walk's warm starts then
    /// need one Newton step where they needed two.
    /// </summary>
    private static double FullStepTolerance(ReadOnlySpan<double> observed)
    {
        double smallest = 1;
        foreach (double o in observed)
        {
            if (o > 0)
            {
                smallest = Math.Min(smallest, o);
            }
        }

        return 1e-6 * smallest;
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

        int bins = _binCount;
        for (int k = 0; k < bins; k++)
        {
            double e = _expected[k];
            if (e <= 0)
            {
                _gradientWeight[k] = 0; // Eₖ ≡ 0 with Oₖ = 0: no θ dependence
                _curvature[k] = 0;
                continue;
            }

            double ratio = _observed[k] / e;
            _gradientWeight[k] = 2 * (1 - ratio); // ∂/∂Eₖ of 2[Eₖ − Oₖ + Oₖ ln(Oₖ/Eₖ)]
            _curvature[k] = 2 * ratio / e; // ∂²/∂Eₖ² of the same
        }

        // gⱼ += Σₖ wₖ Rⱼₖ and Hᵢⱼ += Σₖ cₖ Rᵢₖ Rⱼₖ, as dot products over the bins of the nuisance-major response
        for (int j = 0; j < n; j++)
        {
            ReadOnlySpan<double> rowJ = _responseByNuisance.AsSpan(j * bins, bins);
            _gradient[j] += BinDot.Dot(_gradientWeight, rowJ);
            BinDot.Multiply(_curvature, rowJ, _weighted);
            for (int i = 0; i <= j; i++)
            {
                _hessian[(j * n) + i] += BinDot.Dot(_weighted, _responseByNuisance.AsSpan(i * bins, bins));
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
        Span<double> change = _stepChange;
        change.Clear();
        Combine(_step, change);
        double stepLength = 1;
        for (int k = 0; k < _binCount; k++)
        {
            if (change[k] < 0 && _expected[k] > 0)
            {
                double toBoundary = _expected[k] / -change[k];
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
        _nominal.CopyTo(expected);
        Combine(theta, expected);
    }

    /// <summary>sumₖ += Σⱼ coefficientⱼ Rⱼₖ, nuisance by nuisance over the bins (in that fixed order: the same bits everywhere).</summary>
    private void Combine(ReadOnlySpan<double> coefficients, Span<double> sum)
    {
        for (int j = 0; j < _freeCount; j++)
        {
            BinDot.AddScaled(coefficients[j], _responseByNuisance.AsSpan(j * _binCount, _binCount), sum);
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
