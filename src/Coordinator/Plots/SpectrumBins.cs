using DipolePortal.Physics.Analysis;

namespace DipolePortal.Coordinator.Plots;

/// <summary>
/// The per-bin prediction of one prepared experiment that <c>dipole spectrum</c> prints and <c>dipole plot --kind spectrum</c> draws.
/// </summary>
internal static class SpectrumBins
{
    /// <summary>Counts per bin at (m4, μ) for one coupling hypothesis; the dipole rate scales as μ² (docs/physics.md).</summary>
    public static IReadOnlyList<SpectrumBin> Compute(
        PreparedExperiment experiment, CouplingHypothesis hypothesis, double m4MeV, double muBohr)
    {
        double[][] dipole = experiment.DipoleCountsPerMuB2(m4MeV, hypothesis);
        return [.. Enumerable.Range(0, experiment.Data.BinCount).Select(k => new SpectrumBin(
            experiment.Data.BinEdgesMeV[k],
            experiment.Data.BinEdgesMeV[k + 1],
            experiment.ObservedCounts[k],
            experiment.StandardModelCounts.Sum(c => c[k]),
            muBohr * muBohr * dipole.Sum(c => c[k]),
            experiment.Backgrounds.Sum(b => b.CountsPerBin[k])))];
    }
}
