using DipolePortal.Messages;

namespace DipolePortal.Coordinator.Progress;

/// <summary>
/// What the stored results say so far, per experiment set × flavor: how many m4 points are done, and the strongest
/// (smallest) and weakest (largest) finite μ limit among them with the m4 where each was found.
/// </summary>
internal sealed record LimitsSoFar
{
    public required string ExperimentSet { get; init; }

    public required string Flavor { get; init; }

    public required int M4PointsDone { get; init; }

    public required int M4PointsTotal { get; init; }

    /// <summary>Smallest finite limit [μ_B] and its m4 [MeV]; null when no point has a finite limit yet.</summary>
    public (double MuLimitMuB, double M4MeV)? Strongest { get; init; }

    /// <summary>Largest finite limit [μ_B] and its m4 [MeV]; null when no point has a finite limit yet.</summary>
    public (double MuLimitMuB, double M4MeV)? Weakest { get; init; }

    /// <summary>One row per experiment set × flavor of the spec, in spec order (sets with no result yet included).</summary>
    public static IReadOnlyList<LimitsSoFar> From(ScanSpec spec, IEnumerable<ShardResult> results)
    {
        var points = results
            .GroupBy(r => (r.Key.ExperimentSet, r.Key.Flavor))
            .ToDictionary(g => g.Key, g => g.SelectMany(r => r.Points).ToList());
        var rows = new List<LimitsSoFar>();
        foreach (string set in spec.ExperimentSetNames())
        {
            foreach (string flavor in spec.Flavors)
            {
                List<M4PointResult> done = points.TryGetValue((set, flavor), out List<M4PointResult>? found) ? found : [];
                var finite = done.Where(p => double.IsFinite(p.MuLimitMuB)).OrderBy(p => p.MuLimitMuB).ThenBy(p => p.M4MeV).ToList();
                rows.Add(new LimitsSoFar
                {
                    ExperimentSet = set,
                    Flavor = flavor,
                    M4PointsDone = done.Count,
                    M4PointsTotal = spec.M4MeV.Points,
                    Strongest = finite.Count == 0 ? null : (finite[0].MuLimitMuB, finite[0].M4MeV),
                    Weakest = finite.Count == 0 ? null : (finite[^1].MuLimitMuB, finite[^1].M4MeV),
                });
            }
        }

        return rows;
    }
}
