using System.Collections.Immutable;
using MathNet.Numerics;

namespace DipolePortal.Physics.Detector;

/// <summary>
/// The detector response as a linear map from a true-recoil differential rate to expected counts per reconstructed bin,
/// seed 002 Eq. (5): N_k = ε ∫_{T_k}^{T_k+1} dT A(T) ∫ dT' ℛ(T, T') dR/dT'(T') ≈ Σⱼ M_kj (dR/dT')ⱼ, with
/// M_kj = ε wⱼ ∫_{T_k}^{T_k+1} dT A(T) ℛ(T, T'ⱼ).
/// </summary>
/// <remarks>
/// ε is the exposure [tonne yr], dR/dT' is in events tonne⁻¹ yr⁻¹ MeV⁻¹, wⱼ are the true-energy quadrature weights
/// [MeV], A is the (piecewise-linear) efficiency in reconstructed energy and ℛ the Gaussian of
/// <see cref="GaussianResolution"/> with σ(T'ⱼ). The inner integral is exact: on each piece where A = α + βT,
/// ∫ (α + βT) ℛ dT = (α + βT'ⱼ)[Φ(z₁) − Φ(z₀)] − βσ²[ℛ(T₁) − ℛ(T₀)], Φ the standard normal CDF. The only
/// approximation is the true-energy quadrature, whose accuracy the caller sets by the grid: for 0.1% choose a spacing
/// ≤ σ(T')/4 near the lowest bin edge (≈0.05 keV for xenon at 1 keV), start the grid at or near 0 so that
/// upward fluctuations from below the first edge are counted, extend it ≥ 5σ above the last edge, and put nodes on
/// any discontinuity of dR/dT' (atomic binding steps, kinematic end points).
/// Built once per experiment and immutable; <see cref="Apply"/> is an allocation-free matrix–vector product.
/// </remarks>
public sealed class ResponseMatrix
{
    private const double WindowSigmas = 10.0;
    private readonly double[] _elements; // row-major: [bin k, true node j]
    private readonly int[] _firstNonZero; // per bin k: the nodes outside [first, end) have M_kj = 0 (the Gaussian window)
    private readonly int[] _endNonZero;

    private ResponseMatrix(
        double[] elements, ImmutableArray<double> trueRecoilMeV, ImmutableArray<double> weightsMeV,
        ImmutableArray<double> binEdgesMeV, double exposureTonneYear)
    {
        _elements = elements;
        int nodes = trueRecoilMeV.Length;
        int bins = binEdgesMeV.Length - 1;
        _firstNonZero = new int[bins];
        _endNonZero = new int[bins];
        for (int k = 0; k < bins; k++)
        {
            var row = new ReadOnlySpan<double>(elements, k * nodes, nodes);
            int first = 0;
            while (first < nodes && row[first] == 0)
            {
                first++;
            }

            int end = nodes;
            while (end > first && row[end - 1] == 0)
            {
                end--;
            }

            _firstNonZero[k] = first;
            _endNonZero[k] = end;
        }

        TrueRecoilMeV = trueRecoilMeV;
        QuadratureWeightsMeV = weightsMeV;
        BinEdgesMeV = binEdgesMeV;
        ExposureTonneYear = exposureTonneYear;
    }

    /// <summary>True recoil nodes T'ⱼ [MeV].</summary>
    public ImmutableArray<double> TrueRecoilMeV { get; }

    /// <summary>Quadrature weights wⱼ [MeV].</summary>
    public ImmutableArray<double> QuadratureWeightsMeV { get; }

    /// <summary>Reconstructed-energy bin edges T_k [MeV] (bin count + 1 values).</summary>
    public ImmutableArray<double> BinEdgesMeV { get; }

    /// <summary>Exposure ε [tonne yr].</summary>
    public double ExposureTonneYear { get; }

    /// <summary>Number of reconstructed bins.</summary>
    public int BinCount => BinEdgesMeV.Length - 1;

    /// <summary>Number of true-energy nodes.</summary>
    public int TrueNodeCount => TrueRecoilMeV.Length;

    /// <summary>M_kj [counts per (events tonne⁻¹ yr⁻¹ MeV⁻¹)].</summary>
    public double this[int bin, int node] => _elements[bin * TrueNodeCount + node];

    /// <summary>Builds M_kj (seed 002 Eq. (5)).</summary>
    /// <param name="trueRecoilMeV">True-energy nodes T'ⱼ [MeV], strictly ascending, ≥ 0.</param>
    /// <param name="binEdgesMeV">Reconstructed bin edges [MeV], strictly ascending, at least two.</param>
    /// <param name="efficiency">A(T) in reconstructed energy.</param>
    /// <param name="resolution">σ(T') of the Gaussian ℛ.</param>
    /// <param name="exposureTonneYear">ε [tonne yr], &gt; 0.</param>
    /// <param name="quadrature">True-energy quadrature rule.</param>
    /// <param name="quenching">
    /// For nuclear recoils: the nodes are T_nr and the Gaussian is centred on T_ee = Y(T_nr) T_nr with σ(T_ee), so that
    /// N_k = ε Σⱼ wⱼ (dR/dT_nr)ⱼ ∫_bin dT A(T) ℛ(T, T_ee(T_nr,ⱼ)) — the Jacobian of seed 003 Eq. (9) is the change of
    /// variable of this integral and needs no separate factor. Null for electron recoils (centred on the node itself).
    /// </param>
    public static ResponseMatrix Build(
        IReadOnlyList<double> trueRecoilMeV,
        IReadOnlyList<double> binEdgesMeV,
        Efficiency efficiency,
        GaussianResolution resolution,
        double exposureTonneYear,
        TrueEnergyQuadrature quadrature = TrueEnergyQuadrature.Trapezoid,
        Quenching? quenching = null)
    {
        ArgumentNullException.ThrowIfNull(trueRecoilMeV);
        ArgumentNullException.ThrowIfNull(binEdgesMeV);
        ArgumentNullException.ThrowIfNull(efficiency);
        ArgumentNullException.ThrowIfNull(resolution);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exposureTonneYear);
        RequireAscending(trueRecoilMeV, 2, nameof(trueRecoilMeV));
        RequireAscending(binEdgesMeV, 2, nameof(binEdgesMeV));

        double[] weights = QuadratureWeights.For(trueRecoilMeV, quadrature);
        double[] breakpoints = [.. efficiency.EnergiesMeV];
        int bins = binEdgesMeV.Count - 1;
        int nodes = trueRecoilMeV.Count;
        var elements = new double[bins * nodes];
        for (int j = 0; j < nodes; j++)
        {
            double mean = quenching?.ElectronEquivalentMeV(trueRecoilMeV[j]) ?? trueRecoilMeV[j];
            double sigma = resolution.SigmaMeV(mean);
            var gaussian = new GaussianAtPoints(mean, sigma);
            for (int k = 0; k < bins; k++)
            {
                double inBin = SmearedAcceptance(efficiency, breakpoints, ref gaussian, binEdgesMeV[k], binEdgesMeV[k + 1]);
                elements[k * nodes + j] = exposureTonneYear * weights[j] * inBin;
            }
        }

        return new ResponseMatrix(elements, [.. trueRecoilMeV], [.. weights], [.. binEdgesMeV], exposureTonneYear);
    }

    /// <summary>
    /// Counts per bin N_k = Σⱼ M_kj rⱼ from the true-recoil rate rⱼ [events tonne⁻¹ yr⁻¹ MeV⁻¹] at the nodes. No allocation.
    /// </summary>
    /// <param name="ratePerTonneYearPerMeV">dR/dT' at each true node (length <see cref="TrueNodeCount"/>).</param>
    /// <param name="countsPerBin">Output (length <see cref="BinCount"/>), overwritten.</param>
    public void Apply(ReadOnlySpan<double> ratePerTonneYearPerMeV, Span<double> countsPerBin)
    {
        if (ratePerTonneYearPerMeV.Length != TrueNodeCount || countsPerBin.Length != BinCount)
        {
            throw new ArgumentException(
                $"rate has {ratePerTonneYearPerMeV.Length} entries (need {TrueNodeCount}) and output {countsPerBin.Length} (need {BinCount})");
        }

        // Only the nodes within the Gaussian window of a bin contribute: the zeros outside it are skipped, which adds
        // exactly +0 to the sum for a finite rate, so the counts are the same bits as the full row's sum in node order.
        int nodes = TrueNodeCount;
        for (int k = 0; k < countsPerBin.Length; k++)
        {
            int first = _firstNonZero[k];
            int length = _endNonZero[k] - first;
            ReadOnlySpan<double> row = new(_elements, (k * nodes) + first, length);
            ReadOnlySpan<double> rate = ratePerTonneYearPerMeV.Slice(first, length);
            double sum = 0;
            for (int j = 0; j < row.Length; j++)
            {
                sum += row[j] * rate[j];
            }

            countsPerBin[k] = sum;
        }
    }

    // ∫_{lo}^{hi} A(T) ℛ(T; mean, σ) dT, exact for piecewise-linear A.
    private static double SmearedAcceptance(Efficiency efficiency, double[] breakpoints, ref GaussianAtPoints gaussian, double lo, double hi)
    {
        double mean = gaussian.Mean, sigma = gaussian.Sigma;
        if (sigma <= 0)
        {
            return mean >= lo && mean < hi ? efficiency.At(mean) : 0;
        }

        double from = Math.Max(lo, mean - WindowSigmas * sigma);
        double to = Math.Min(hi, mean + WindowSigmas * sigma);
        if (from >= to)
        {
            return 0;
        }

        double sum = 0;
        double start = from;
        int index = Array.BinarySearch(breakpoints, start);
        index = index >= 0 ? index + 1 : ~index;
        while (start < to)
        {
            double end = index < breakpoints.Length ? Math.Min(breakpoints[index], to) : to;
            if (end > start)
            {
                sum += LinearTimesGaussian(efficiency, ref gaussian, start, end);
            }

            start = end;
            index++;
        }

        return sum;
    }

    private static double LinearTimesGaussian(Efficiency efficiency, ref GaussianAtPoints gaussian, double a, double b)
    {
        // A is linear on (a, b): recover α + βT from two interior points (robust to a jump at a table edge).
        double mean = gaussian.Mean, sigma = gaussian.Sigma;
        double t1 = a + 0.25 * (b - a);
        double t2 = a + 0.75 * (b - a);
        double v1 = efficiency.At(t1);
        double v2 = efficiency.At(t2);
        double slope = (v2 - v1) / (t2 - t1);
        double atMean = v1 + slope * (mean - t1);
        (double tailA, double bellA) = gaussian.At(a);
        (double tailB, double bellB) = gaussian.At(b);
        double za = (a - mean) / sigma;
        double zb = (b - mean) / sigma;
        // Φ(zb) − Φ(za) for za < zb from the tail on each point's own side (no cancellation): erfc(|z|/√2) = 2·tail.
        double cdf = za >= 0 ? 0.5 * (tailA - tailB) : zb <= 0 ? 0.5 * (tailB - tailA) : 1 - 0.5 * (tailA + tailB);
        double density = (bellB - bellA) / (Math.Sqrt(2 * Math.PI) * sigma);
        return atMean * cdf - slope * sigma * sigma * density;
    }

    /// <summary>
    /// erfc(|z|/√2) and exp(−z²/2) at z = (T − mean)/σ for one true node, remembering the last point: the pieces of
    /// consecutive intervals and bins share their ends, so each is computed once instead of twice (same values).
    /// </summary>
    private struct GaussianAtPoints(double mean, double sigma)
    {
        private double _lastPoint = double.NaN;
        private double _lastTail;
        private double _lastBell;

        public readonly double Mean => mean;

        public readonly double Sigma => sigma;

        public (double Erfc, double Bell) At(double point)
        {
            if (point != _lastPoint)
            {
                double z = (point - mean) / sigma;
                _lastTail = SpecialFunctions.Erfc(Math.Abs(z) * (1 / Math.Sqrt(2)));
                _lastBell = Math.Exp(-0.5 * z * z);
                _lastPoint = point;
            }

            return (_lastTail, _lastBell);
        }
    }

    private static void RequireAscending(IReadOnlyList<double> values, int minimumCount, string name)
    {
        if (values.Count < minimumCount)
        {
            throw new ArgumentException($"{name} needs at least {minimumCount} values; got {values.Count}", name);
        }

        for (int i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]) || values[i] < 0 || (i > 0 && !(values[i] > values[i - 1])))
            {
                throw new ArgumentException($"{name}[{i}] = {values[i]} MeV: values must be finite, ≥ 0 and strictly ascending", name);
            }
        }
    }
}
