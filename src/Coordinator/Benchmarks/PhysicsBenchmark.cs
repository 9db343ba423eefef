using System.Diagnostics;
using DipolePortal.Messages;
using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Statistics;

namespace DipolePortal.Coordinator.Benchmarks;

/// <summary>
/// Single-thread physics throughput on the XENONnT fit: profiled χ² evaluations, dipole spectra and whole mass-point
/// fits per second. One thread is one core, so these are "per core" figures.
/// </summary>
internal static class PhysicsBenchmark
{
    /// <summary>The m4 of the χ² benchmark [MeV]: inside XENONnT's reach, a typical point of the scan.</summary>
    private const double ChiSquareM4MeV = 0.01;

    public static PhysicsFigures Run(TimeSpan budgetPerFigure, int repeats)
    {
        // Its own instance without the spectrum cache: the spectra and fit figures time the computation, not a cache hit.
        IReadOnlyList<PreparedExperiment> xenonnt = [PreparedExperiment.Prepare(XenonNT2022.Definition, BindingModel.FreeElectron, cacheSpectra: false)];
        double[] muGridMuB = [.. new GridSpec { Min = 1e-12, Max = 1e-8, Points = 200, Spacing = "log" }.Values()];
        double[] m4GridMeV = [.. new GridSpec { Min = 0.001, Max = 1.0, Points = 100, Spacing = "log" }.Values()];
        var chi2 = new PoissonChi2(FitModel.Build(xenonnt, ChiSquareM4MeV, CouplingHypothesis.Electron));

        // Warm-up: JIT and tiering, so the timed loops measure steady state.
        _ = MassPointFit.Fit(xenonnt, CouplingHypothesis.Electron, ChiSquareM4MeV, 0.9, muGridMuB);
        Chi2Cold(chi2, muGridMuB);

        double coldPerSecond = Median(repeats, () => Rate(budgetPerFigure, muGridMuB.Length, () => Chi2Cold(chi2, muGridMuB)));
        double spectraPerSecond = Median(repeats, () => Rate(budgetPerFigure, m4GridMeV.Length, () =>
        {
            foreach (double m4MeV in m4GridMeV)
            {
                _ = xenonnt[0].DipoleCountsPerMuB2(m4MeV, CouplingHypothesis.Electron);
            }
        }));
        double fitsPerSecond = Median(repeats, () => Rate(budgetPerFigure, 1, () =>
            MassPointFit.Fit(xenonnt, CouplingHypothesis.Electron, ChiSquareM4MeV, 0.9, muGridMuB)));
        int fitsPerThread = Math.Max(1, (int)(budgetPerFigure.TotalSeconds * fitsPerSecond));
        double twoThreadScaling = Median(repeats, () =>
        {
            void Fits()
            {
                for (int i = 0; i < fitsPerThread; i++)
                {
                    _ = MassPointFit.Fit(xenonnt, CouplingHypothesis.Electron, ChiSquareM4MeV, 0.9, muGridMuB);
                }
            }

            TimeSpan one = WallTime(1, Fits);
            return 2 * one / WallTime(2, Fits);
        });
        return new PhysicsFigures(
            BinCount: chi2.Model.BinCount,
            ProfiledNuisances: chi2.Model.Nuisances.Count(n => n.IsFree),
            Chi2EvaluationsPerSecond: coldPerSecond,
            SpectraPerSecond: spectraPerSecond,
            MassPointFitMilliseconds: 1000 / fitsPerSecond,
            TwoThreadFitScaling: twoThreadScaling);
    }

    /// <summary>Wall time of <paramref name="threads"/> threads each running <paramref name="work"/> at once.</summary>
    private static TimeSpan WallTime(int threads, Action work)
    {
        var clock = Stopwatch.StartNew();
        Thread[] running = [.. Enumerable.Range(0, threads).Select(_ => new Thread(() => work()))];
        Array.ForEach(running, t => t.Start());
        Array.ForEach(running, t => t.Join());
        return clock.Elapsed;
    }

    private static void Chi2Cold(PoissonChi2 chi2, double[] muGridMuB)
    {
        foreach (double mu in muGridMuB)
        {
            _ = chi2.Chi2(mu * mu);
        }
    }

    /// <summary>Operations per second of <paramref name="batch"/> (doing <paramref name="operationsPerBatch"/>), run for about <paramref name="budget"/>.</summary>
    private static double Rate(TimeSpan budget, int operationsPerBatch, Action batch)
    {
        long operations = 0;
        using var process = Process.GetCurrentProcess();
        TimeSpan cpuStart = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        do
        {
            batch();
            operations += operationsPerBatch;
        }
        while (clock.Elapsed < budget);
        process.Refresh();
        return operations / (process.TotalProcessorTime - cpuStart).TotalSeconds;
    }

    public static double Median(int repeats, Func<double> measure)
    {
        var values = new double[Math.Max(1, repeats)];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = measure();
        }

        Array.Sort(values);
        return values.Length % 2 == 1 ? values[values.Length / 2] : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
    }
}

/// <summary>
/// Single-core physics throughput (see <see cref="PhysicsBenchmark"/>), and how many more mass-point fits two threads
/// finish than one in the same wall time: 2 on two free cores, less where the cores share caches or a clock budget or
/// other tenants use them — the ceiling of any 1 → 2 worker speed-up on this machine.
/// </summary>
internal sealed record PhysicsFigures(
    int BinCount, int ProfiledNuisances, double Chi2EvaluationsPerSecond, double SpectraPerSecond, double MassPointFitMilliseconds,
    double TwoThreadFitScaling);
