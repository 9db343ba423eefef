using System.Collections.Concurrent;
using System.Collections.Immutable;
using DipolePortal.Messages;
using DipolePortal.Physics.Statistics;

namespace DipolePortal.Coordinator.Aggregation;

/// <summary>
/// Builds a scan's limits, contours and profiles from shard results as they land (streaming: results may arrive in
/// any order, repeatedly). The only writer of outputs. Everything it produces depends only on the spec and the
/// results, never on arrival order, so the files are byte-identical however the scan was computed.
/// </summary>
internal sealed class Aggregator(ScanSpec spec)
{
    private readonly Dictionary<(string Set, string Flavor, int Block), ShardResult> _results = [];
    private readonly ConcurrentQueue<ShardResult> _handedOver = new();

    public ScanSpec Spec { get; } = spec;

    /// <summary>The highest store sequence number read so far (for incremental reads).</summary>
    public long LastSequence { get; private set; }

    /// <summary>Number of shard results held.</summary>
    public int ShardCount => _results.Count;

    /// <summary>Adds a result read from the store; a repeated one replaces its identical twin (results are idempotent per shard).</summary>
    public void Add(ShardResult result, long sequence)
    {
        Hold(result);
        LastSequence = Math.Max(LastSequence, sequence);
    }

    /// <summary>
    /// Takes a result an in-process worker has stored, from any thread; it is held at the next <see cref="TakeHandedOver"/>.
    /// </summary>
    public void HandOver(ShardResult result) => _handedOver.Enqueue(result);

    /// <summary>Holds the results handed over so far (every one of them committed to the store before it was handed over).</summary>
    public void TakeHandedOver()
    {
        while (_handedOver.TryDequeue(out ShardResult? result))
        {
            Hold(result);
        }
    }

    private void Hold(ShardResult result) => _results[(result.Key.ExperimentSet, result.Key.Flavor, result.Key.BlockIndex)] = result;

    /// <summary>One row per computed m4 point, in spec order of sets and flavors and ascending m4.</summary>
    public IReadOnlyList<FitRow> Rows()
    {
        var rows = new List<FitRow>();
        foreach (string set in Spec.ExperimentSetNames())
        {
            foreach (string flavor in Spec.Flavors)
            {
                rows.AddRange(_results
                    .Where(r => r.Key.Set == set && r.Key.Flavor == flavor)
                    .OrderBy(r => r.Key.Block)
                    .SelectMany(r => r.Value.Points)
                    .OrderBy(p => p.M4MeV)
                    .Select(p => new FitRow(set, flavor, p)));
            }
        }

        return rows;
    }

    /// <summary>
    /// The 2-dof contour of each set × flavor from the m4 points computed so far: Δχ² = Δ(CL, 2 dof) relative to the
    /// minimum over the whole (m4, μ) grid (docs/likelihood.md, "Contours").
    /// </summary>
    public IReadOnlyList<(string Set, string Flavor, ContourPoint Point)> Contours()
    {
        var contour = new List<(string, string, ContourPoint)>();
        ImmutableArray<double> mu = [.. Spec.MuMuB.Values()];
        foreach (var group in Rows().GroupBy(r => (r.ExperimentSet, r.Flavor)))
        {
            var points = group.ToList();
            if (mu.Length < 2)
            {
                continue;
            }

            var surface = new Chi2Surface(
                [.. points.Select(p => p.Point.M4MeV)],
                mu,
                [.. points.Select(p => p.Point.Chi2.ToImmutableArray())]);
            contour.AddRange(Limits.TwoDofContour(surface, Spec.Cl).Select(c => (group.Key.ExperimentSet, group.Key.Flavor, c)));
        }

        return contour;
    }

    /// <summary>Number of m4 points the spec asks for per set × flavor.</summary>
    public int M4PointsPerFit => Spec.M4MeV.Points;
}

/// <summary>One fitted m4 point of one experiment set and flavor.</summary>
internal sealed record FitRow(string ExperimentSet, string Flavor, M4PointResult Point);
