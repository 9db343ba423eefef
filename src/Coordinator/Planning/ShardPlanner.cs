using DipolePortal.Messages;

namespace DipolePortal.Coordinator.Planning;

/// <summary>
/// Splits a scan into shards (DESIGN.md "Shards and determinism"): one shard per experiment set × flavor × block of
/// consecutive m4 points, each with the whole μ grid. The plan depends only on the spec.
/// </summary>
internal static class ShardPlanner
{
    public static IReadOnlyList<ShardTask> Plan(ScanSpec spec)
    {
        double[] m4 = spec.M4MeV.Values();
        double[] mu = spec.MuMuB.Values();
        var tasks = new List<ShardTask>();
        foreach (IReadOnlyList<string> set in spec.Experiments)
        {
            string setName = ScanNames.CanonicalExperimentSet(set);
            foreach (string flavor in spec.Flavors)
            {
                for (int block = 0; block * spec.ShardM4Points < m4.Length; block++)
                {
                    tasks.Add(new ShardTask
                    {
                        Key = new ShardKey(spec.Name, setName, flavor, block),
                        Experiments = [.. set],
                        M4MeV = [.. m4.Skip(block * spec.ShardM4Points).Take(spec.ShardM4Points)],
                        MuMuB = mu,
                        Cl = spec.Cl,
                        Binding = spec.Binding,
                        PseudoExperiments = spec.PseudoExperiments,
                    });
                }
            }
        }

        return tasks;
    }
}
