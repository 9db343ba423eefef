using System.Collections.Immutable;

namespace DipolePortal.Physics.Statistics;

/// <summary>
/// The Gaussian pull χ² of seed 003 Eq. (11), profiled exactly over the pulls ζ (docs/likelihood.md):
/// χ²(s) = min_ζ Σᵢ ((Oᵢ − Eᵢ(s) − Σⱼ ζⱼ cⱼⁱ) / Δᵢ)² + Σⱼ ζⱼ², with Eᵢ(s) = Bᵢ + s Sᵢ.
/// </summary>
/// <remarks>
/// With rᵢ(s) = (Oᵢ − Eᵢ(s))/Δᵢ and Cᵢⱼ = cⱼⁱ/Δᵢ the minimum solves the normal equations (CᵀC + I) ζ̂ = Cᵀr, and
/// χ²(s) = rᵀr − (Cᵀr)ᵀ(CᵀC + I)⁻¹(Cᵀr). Since r is linear in s, χ²(s) = a − 2 b s + c s² exactly; the constructor
/// computes a, b, c once through the Cholesky factor L of CᵀC + I (u = L⁻¹Cᵀr₀, v = L⁻¹CᵀSΔ⁻¹:
/// a = r₀ᵀr₀ − uᵀu, b = r₀ᵀd − uᵀv, c = dᵀd − vᵀv with dᵢ = Sᵢ/Δᵢ). Immutable and thread-safe.
/// </remarks>
public sealed class PullChi2 : IChi2Profile
{
    private readonly ImmutableArray<double> _residualAtZeroSignal; // r₀ᵢ = (Oᵢ − Bᵢ)/Δᵢ
    private readonly ImmutableArray<double> _signalShape; // dᵢ = Sᵢ/Δᵢ
    private readonly ImmutableArray<ImmutableArray<double>> _scaledShifts; // Cᵢⱼ = cⱼⁱ/Δᵢ, outer j
    private readonly double[] _factor; // L, row-major J × J
    private readonly double _constant;
    private readonly double _linear;
    private readonly double _quadratic;

    /// <summary>Builds the statistic and solves the normal equations once.</summary>
    /// <param name="observed">Observed rate or counts per bin Oᵢ (R_obs in seed 003) [events].</param>
    /// <param name="sigmaPerBin">Uncertainty Δᵢ per bin, statistical and systematic, same unit as Oᵢ; finite, &gt; 0.</param>
    /// <param name="expectedAtZeroSignal">Expected Bᵢ at μ = 0 (SM plus background) [events].</param>
    /// <param name="signalPerMuB2">Signal per bin per unit μ², Sᵢ [events μ_B⁻²].</param>
    /// <param name="pullShifts">
    /// The shifts cⱼⁱ, outer index j (one array per pull ζⱼ), inner index i (bin) [events]; may be empty.
    /// </param>
    public PullChi2(
        ImmutableArray<double> observed,
        ImmutableArray<double> sigmaPerBin,
        ImmutableArray<double> expectedAtZeroSignal,
        ImmutableArray<double> signalPerMuB2,
        ImmutableArray<ImmutableArray<double>> pullShifts)
    {
        int n = RequireFinite(observed, observed.IsDefault ? 0 : observed.Length, nameof(observed));
        RequireFinite(sigmaPerBin, n, nameof(sigmaPerBin));
        RequireFinite(expectedAtZeroSignal, n, nameof(expectedAtZeroSignal));
        RequireFinite(signalPerMuB2, n, nameof(signalPerMuB2));
        for (int i = 0; i < n; i++)
        {
            if (!(sigmaPerBin[i] > 0))
            {
                throw new ArgumentOutOfRangeException(nameof(sigmaPerBin), sigmaPerBin[i], $"Δ[{i}] = {sigmaPerBin[i]} must be > 0.");
            }
        }

        ImmutableArray<ImmutableArray<double>> shifts = pullShifts.IsDefault ? [] : pullShifts;
        foreach (ImmutableArray<double> shift in shifts)
        {
            RequireFinite(shift, n, nameof(pullShifts));
        }

        BinCount = n;
        PullCount = shifts.Length;
        var residual = new double[n];
        var shape = new double[n];
        for (int i = 0; i < n; i++)
        {
            residual[i] = (observed[i] - expectedAtZeroSignal[i]) / sigmaPerBin[i];
            shape[i] = signalPerMuB2[i] / sigmaPerBin[i];
        }

        var scaled = ImmutableArray.CreateBuilder<ImmutableArray<double>>(PullCount);
        foreach (ImmutableArray<double> shift in shifts)
        {
            var column = new double[n];
            for (int i = 0; i < n; i++)
            {
                column[i] = shift[i] / sigmaPerBin[i];
            }

            scaled.Add(ImmutableArray.Create(column));
        }

        _residualAtZeroSignal = ImmutableArray.Create(residual);
        _signalShape = ImmutableArray.Create(shape);
        _scaledShifts = scaled.MoveToImmutable();
        _factor = NormalMatrixFactor();
        double[] u = ProjectOntoPulls(_residualAtZeroSignal);
        double[] v = ProjectOntoPulls(_signalShape);
        _constant = Dot(residual, residual) - Dot(u, u);
        _linear = Dot(residual, shape) - Dot(u, v);
        _quadratic = Dot(shape, shape) - Dot(v, v);
    }

    /// <summary>
    /// The pull form of a <see cref="BinnedModel"/>: Oᵢ its observed counts, Δᵢ the published errors when given, else
    /// √max(Oᵢ, 1) (statistical; one event at least, so that empty bins stay finite), Bᵢ the sum of all component base counts, Sᵢ the sum of their signals, and
    /// one pull per free nuisance name, shifting the base counts of the components that carry it by their 1σ
    /// (cⱼⁱ = σⱼ Σ base counts). Signal nuisances do not enter: seed 003 Eq. (11) shifts the μ = 0 expectation only.
    /// </summary>
    /// <param name="model">Observed counts and linear components (docs/likelihood.md).</param>
    /// <param name="publishedSigmas">
    /// Published Δᵢ per bin [events], replacing √max(Oᵢ, 1) (seed 001 Eq. (26)); NaN in a bin, or default, for none.
    /// </param>
    public static PullChi2 FromModel(BinnedModel model, ImmutableArray<double> publishedSigmas = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        int n = model.ObservedCounts.Length;
        var expected = new double[n];
        var signal = new double[n];
        var shifts = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (LinearComponent component in model.Components)
        {
            double[]? shift = null;
            if (component.Nuisance.IsFree && !shifts.TryGetValue(component.Nuisance.Name, out shift))
            {
                shift = shifts[component.Nuisance.Name] = new double[n];
            }

            for (int i = 0; i < n; i++)
            {
                expected[i] += component.BaseCounts[i];
                signal[i] += component.SignalCountsPerMuB2[i];
                if (shift is not null)
                {
                    shift[i] += component.Nuisance.Sigma * component.BaseCounts[i];
                }
            }
        }

        ImmutableArray<double> sigma = [.. model.ObservedCounts.Select((o, i) =>
            publishedSigmas.IsDefault || double.IsNaN(publishedSigmas[i]) ? Math.Sqrt(Math.Max(o, 1)) : publishedSigmas[i])];
        return new PullChi2(model.ObservedCounts, sigma,
            ImmutableArray.Create(expected), ImmutableArray.Create(signal), [.. shifts.Values.Select(ImmutableArray.Create)]);
    }

    /// <summary>Number of bins.</summary>
    public int BinCount { get; }

    /// <summary>Number of pulls ζⱼ.</summary>
    public int PullCount { get; }

    /// <summary>Exact profile χ²(s) = a − 2 b s + c s² of seed 003 Eq. (11) (see remarks on the type).</summary>
    /// <param name="muSquaredMuB2">Signal strength s = μ² [μ_B²]; finite, ≥ 0.</param>
    public double Profile(double muSquaredMuB2)
    {
        SignalStrengthGuard.ThrowIfInvalid(muSquaredMuB2);
        double s = muSquaredMuB2;
        return Math.Max(0, _constant - (2 * _linear * s) + (_quadratic * s * s));
    }

    /// <summary>Same as <see cref="Profile"/>.</summary>
    /// <param name="muSquaredMuB2">Signal strength s = μ² [μ_B²]; finite, ≥ 0.</param>
    public double Chi2(double muSquaredMuB2) => Profile(muSquaredMuB2);

    /// <summary>The profiled pulls ζ̂(s) = (CᵀC + I)⁻¹ Cᵀ r(s) of seed 003 Eq. (11), one per pull.</summary>
    /// <param name="muSquaredMuB2">Signal strength s = μ² [μ_B²]; finite, ≥ 0.</param>
    public ImmutableArray<double> ProfilePulls(double muSquaredMuB2)
    {
        SignalStrengthGuard.ThrowIfInvalid(muSquaredMuB2);
        var residual = new double[BinCount];
        for (int i = 0; i < BinCount; i++)
        {
            residual[i] = _residualAtZeroSignal[i] - (muSquaredMuB2 * _signalShape[i]);
        }

        double[] pulls = ProjectOntoPulls(ImmutableArray.Create(residual));
        DenseCholesky.SolveUpper(_factor, PullCount, pulls);
        return ImmutableArray.Create(pulls);
    }

    /// <summary>
    /// Un-profiled χ²(s, ζ) of seed 003 Eq. (11): Σᵢ ((Oᵢ − Eᵢ(s) − Σⱼ ζⱼ cⱼⁱ)/Δᵢ)² + Σⱼ ζⱼ².
    /// </summary>
    /// <param name="muSquaredMuB2">Signal strength s = μ² [μ_B²]; finite, ≥ 0.</param>
    /// <param name="pulls">ζⱼ, one per pull [dimensionless].</param>
    public double Evaluate(double muSquaredMuB2, ReadOnlySpan<double> pulls)
    {
        SignalStrengthGuard.ThrowIfInvalid(muSquaredMuB2);
        if (pulls.Length != PullCount)
        {
            throw new ArgumentException($"Expected {PullCount} pulls, got {pulls.Length}.", nameof(pulls));
        }

        double chi2 = 0;
        for (int i = 0; i < BinCount; i++)
        {
            double r = _residualAtZeroSignal[i] - (muSquaredMuB2 * _signalShape[i]);
            for (int j = 0; j < PullCount; j++)
            {
                r -= pulls[j] * _scaledShifts[j][i];
            }

            chi2 += r * r;
        }

        foreach (double zeta in pulls)
        {
            chi2 += zeta * zeta;
        }

        return chi2;
    }

    private double[] NormalMatrixFactor()
    {
        int m = PullCount;
        var matrix = new double[m * m];
        for (int j = 0; j < m; j++)
        {
            for (int l = 0; l <= j; l++)
            {
                matrix[(j * m) + l] = Dot(_scaledShifts[j].AsSpan(), _scaledShifts[l].AsSpan()) + (j == l ? 1 : 0);
            }
        }

        return DenseCholesky.TryFactorize(matrix, m)
            ? matrix
            : throw new InvalidOperationException("CᵀC + I is not positive definite; the pull shifts are not finite.");
    }

    /// <summary>Returns L⁻¹ Cᵀ x.</summary>
    private double[] ProjectOntoPulls(ImmutableArray<double> x)
    {
        var projected = new double[PullCount];
        for (int j = 0; j < PullCount; j++)
        {
            projected[j] = Dot(_scaledShifts[j].AsSpan(), x.AsSpan());
        }

        DenseCholesky.SolveLower(_factor, PullCount, projected);
        return projected;
    }

    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    private static int RequireFinite(ImmutableArray<double> values, int length, string parameterName)
    {
        if (values.IsDefaultOrEmpty || values.Length != length)
        {
            throw new ArgumentException($"{parameterName} must hold {Math.Max(length, 1)} bins.", parameterName);
        }

        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentOutOfRangeException(parameterName, values[i], $"{parameterName}[{i}] must be finite.");
            }
        }

        return length;
    }
}
