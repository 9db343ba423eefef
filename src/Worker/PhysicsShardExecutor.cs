using System.Globalization;
using DipolePortal.Messages;
using DipolePortal.Physics.Analysis;

namespace DipolePortal.Worker;

/// <summary>
/// Computes a shard with the physics: for each m4 of the block, the fit of the shard's experiment set and flavor —
/// the profiled χ² at every μ of the grid, the best fit, χ²_min, χ²(μ = 0) and the 1-dof limit — and, when the task asks
/// for pseudo-experiments, the expected-limit bands, seeded by "shard key/m4 index". Prepared experiments are shared
/// across shards of the process (<see cref="PreparedExperimentCache"/>). Deterministic: the result depends only on the task.
/// </summary>
public sealed class PhysicsShardExecutor : IShardExecutor
{
    /// <summary>
    /// Prepares every experiment of <paramref name="spec"/> into the process's cache (data, response, SM spectra; about
    /// 0.1 s each), so that a scan can do it while it opens the store and plans, before its first shard asks for them.
    /// </summary>
    public static void Prepare(ScanSpec spec) =>
        PreparedExperimentCache.Get(spec.Experiments.SelectMany(set => set).Distinct(), Binding(spec.Binding));

    /// <inheritdoc />
    public ShardResult Execute(ShardTask task, CancellationToken ct)
    {
        var experiments = PreparedExperimentCache.Get(task.Experiments, Binding(task.Binding));
        CouplingHypothesis hypothesis = CouplingHypotheses.Parse(task.Key.Flavor);
        double[] muGridMuB = [.. task.MuMuB];
        var points = new List<M4PointResult>(task.M4MeV.Count);
        for (int m = 0; m < task.M4MeV.Count; m++)
        {
            ct.ThrowIfCancellationRequested();
            double m4MeV = task.M4MeV[m];
            MassPointResult fit = MassPointFit.Fit(experiments, hypothesis, m4MeV, task.Cl, muGridMuB);
            points.Add(new M4PointResult
            {
                M4MeV = m4MeV,
                Chi2 = fit.Chi2ByMu.ToArray(), // an array: the store writes its bytes as they are (Binary64ListConverter)
                MuBestfitMuB = fit.Limit.MuBestFitMuB,
                Chi2Min = fit.Limit.Chi2Min,
                MuLimitMuB = fit.Limit.MuLimitMuB,
                Chi2AtZero = fit.Limit.Chi2AtZero,
                Expected = task.PseudoExperiments > 0 ? Expected(task, experiments, hypothesis, m) : null,
            });
        }

        return new ShardResult { Key = task.Key, Points = points };
    }

    private static BindingModel Binding(string name) => name == "step" ? BindingModel.StepFunction : BindingModel.FreeElectron;

    private static ExpectedLimitBands Expected(
        ShardTask task, IReadOnlyList<PreparedExperiment> experiments, CouplingHypothesis hypothesis, int m4Index)
    {
        ExpectedLimitQuantiles q = ExpectedSensitivity.Compute(
            FitModel.Build(experiments, task.M4MeV[m4Index], hypothesis), FitModel.CommonChi2Form(experiments), task.Cl,
            task.PseudoExperiments, string.Create(CultureInfo.InvariantCulture, $"{task.Key}/{m4Index}"), FitModel.PublishedSigmas(experiments));
        return new ExpectedLimitBands
        {
            PseudoExperiments = q.PseudoExperiments,
            MedianMuB = q.MedianMuB,
            Minus1SigmaMuB = q.Minus1SigmaMuB,
            Plus1SigmaMuB = q.Plus1SigmaMuB,
            Minus2SigmaMuB = q.Minus2SigmaMuB,
            Plus2SigmaMuB = q.Plus2SigmaMuB,
        };
    }
}
