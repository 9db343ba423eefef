using System.Collections.Concurrent;

namespace DipolePortal.Physics.Analysis;

/// <summary>
/// The dipole counts per μ_B² of one prepared experiment by (m4, hypothesis), so that the fits of several experiment sets
/// sharing the experiment (xenonnt, then xenonnt + pandax4t-run1) compute each spectrum once per process (issue 8).
/// </summary>
/// <remarks>
/// The counts are a pure function of (m4, hypothesis), so a cached value is the same bits as a recomputed one: results do
/// not depend on which fit or thread came first, nor on whether the cache was full. Thread-safe; two threads asking for the
/// same key at once may both compute it, and one of the (identical) values is kept. At most <see cref="Capacity"/> entries
/// (about 2.4 KB each for XENONnT: 9 components × 29 bins); once full, new keys are computed and not kept.
/// Cached arrays are never handed out: the caller copies them.
/// </remarks>
internal sealed class DipoleSpectrumCache
{
    /// <summary>
    /// Most entries kept per experiment: 4 hypotheses × 512 m4 points, ≈ 5 MB for XENONnT, so that a long-lived worker
    /// serving many scans and experiments stays well inside its memory budget.
    /// </summary>
    public const int Capacity = 2048;

    private readonly ConcurrentDictionary<(long M4Bits, CouplingHypothesis Hypothesis), double[][]> _entries = new();
    private int _count;

    /// <summary>The cached counts of (m4, hypothesis), or <paramref name="compute"/>'s, kept while there is room.</summary>
    public double[][] GetOrCompute(double m4MeV, CouplingHypothesis hypothesis, Func<double, CouplingHypothesis, double[][]> compute)
    {
        var key = (BitConverter.DoubleToInt64Bits(m4MeV), hypothesis);
        if (_entries.TryGetValue(key, out double[][]? cached))
        {
            return cached;
        }

        double[][] counts = compute(m4MeV, hypothesis);
        if (Volatile.Read(ref _count) < Capacity && _entries.TryAdd(key, counts))
        {
            Interlocked.Increment(ref _count);
        }

        return counts;
    }
}
