using System.Collections.Immutable;
using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Statistics;

namespace DipolePortal.Physics.Tests.Analysis;

/// <summary>The limit at fixed m4 moves by less than 0.5% when the μ grid and the integration grid are refined by 2× (issue 3).</summary>
public class StabilityTests
{
    private const double M4MeV = 0.1;

    private static double LimitWith(ExperimentDefinition definition) =>
        MassPointFit.Fit([PreparedExperiment.Prepare(definition, BindingModel.FreeElectron)], CouplingHypothesis.Electron, M4MeV, 0.9, []).Limit.MuLimitMuB;

    [Fact]
    public void Limit_WhenTrueRecoilGridRefinedTwice_MovesLessThanHalfPercent()
    {
        ExperimentDefinition nominal = XenonNT2022.Definition;
        double coarse = LimitWith(nominal);
        double fine = LimitWith(nominal with { TrueGridStepMeV = nominal.TrueGridStepMeV / 2 });
        Tolerance.AssertRelative(fine, coarse, 0.005, "true-recoil integration grid halved");
    }

    [Fact]
    public void Limit_WhenMuGridRefinedTwice_MovesLessThanHalfPercent()
    {
        var experiments = PreparedExperimentCache.Get([XenonNT2022.Definition.Id], BindingModel.FreeElectron);
        var chi2 = new PoissonChi2(FitModel.Build(experiments, M4MeV, CouplingHypothesis.Electron));
        double LimitOnGrid(int points)
        {
            ImmutableArray<double> grid = [.. Enumerable.Range(0, points).Select(i => 1e-12 * Math.Pow(1e4, i / (double)(points - 1)))];
            ImmutableArray<double> profile = Limits.ProfileOnGrid(chi2, grid.AsSpan());
            return Limits.OneDofOnGrid(grid, profile.AsSpan(), chi2.Chi2(0), 0.9).MuLimitMuB;
        }

        double coarse = LimitOnGrid(100);
        double fine = LimitOnGrid(200);
        double refined = Limits.OneDof(chi2, 0.9, MassPointFit.MuSearchUpperMuB).MuLimitMuB;
        Tolerance.AssertRelative(fine, coarse, 0.005, "μ grid of 100 → 200 points over 1e-12…1e-8 μ_B");
        Tolerance.AssertRelative(refined, fine, 0.005, "grid interpolation against the root-found limit");
    }

    /// <summary>
    /// The optimizer's tolerance: at the limit, a much tighter independent minimization over the nuisances (MathNet's
    /// Nelder–Mead from the Newton solution, convergence 1e-13) lowers the profiled χ² by less than 1e-6, which moves
    /// μ_lim by less than 1e-6 × μ/(2 dχ²/dlnμ) — far below 0.5%.
    /// </summary>
    [Fact]
    public void Limit_WhenNuisancesMinimizedMoreTightly_ChiSquareAtTheLimitDoesNotMove()
    {
        var experiments = PreparedExperimentCache.Get([XenonNT2022.Definition.Id], BindingModel.FreeElectron);
        var chi2 = new PoissonChi2(FitModel.Build(experiments, M4MeV, CouplingHypothesis.Electron));
        double muLimit = Limits.OneDof(chi2, 0.9, MassPointFit.MuSearchUpperMuB).MuLimitMuB;
        double s = muLimit * muLimit;
        ProfileResult newton = chi2.Profile(s);
        var start = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfEnumerable(newton.Nuisances);
        var objective = MathNet.Numerics.Optimization.ObjectiveFunction.Value(theta => chi2.Evaluate(s, theta.ToArray()));
        var tight = new MathNet.Numerics.Optimization.NelderMeadSimplex(1e-13, 20000).FindMinimum(objective, start);
        Assert.True(newton.Chi2 - tight.FunctionInfoAtMinimum.Value < 1e-6,
            $"Newton χ² {newton.Chi2:R} vs tighter Nelder–Mead {tight.FunctionInfoAtMinimum.Value:R}");
    }
}
