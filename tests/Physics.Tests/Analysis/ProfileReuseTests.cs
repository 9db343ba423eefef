using System.Collections.Immutable;
using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.Statistics;

namespace DipolePortal.Physics.Tests.Analysis;

/// <summary>
/// Issue 8 item 2: <see cref="MassPointFit.Fit"/> computes the profile once on the spec's μ grid (Newton warm-started
/// along the grid) and takes the limit from it with <see cref="Limits.OneDofOnGrid"/> refined by the exact profile.
/// The reference is the plain evaluation: <see cref="Limits.OneDof"/>'s own grid search and cold-started χ² at every μ.
/// "Accuracy must not move": limits within 0.1% (the issue's bound), profiles within 1e-8 in χ².
/// </summary>
public class ProfileReuseTests
{
    /// <summary>The μ grid of scans/bench-seed002.yaml and quickstart: 1e-12 to 1e-8 μ_B, log.</summary>
    private static readonly double[] SpecGridMuB = LogGrid(1e-12, 1e-8, 200);

    public static TheoryData<string[], CouplingHypothesis, double> Cases()
    {
        var data = new TheoryData<string[], CouplingHypothesis, double>();
        string[][] sets = [["xenonnt"], ["pandax4t-run1"], ["xenonnt", "pandax4t-run1"]];
        foreach (string[] set in sets)
        {
            foreach (CouplingHypothesis hypothesis in Enum.GetValues<CouplingHypothesis>())
            {
                foreach (double m4MeV in new[] { 0.001, 0.03, 0.2, 0.6, 1.0 })
                {
                    data.Add(set, hypothesis, m4MeV);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fit_WhenProfileReusedForTheLimit_EqualsPlainSearchWithinOnePermille(string[] set, CouplingHypothesis hypothesis, double m4MeV)
    {
        var experiments = PreparedExperimentCache.Get(set, BindingModel.FreeElectron);
        var plain = new PoissonChi2(FitModel.Build(experiments, m4MeV, hypothesis));
        OneDofLimit expected = Limits.OneDof(plain, 0.9, MassPointFit.MuSearchUpperMuB);
        ImmutableArray<double> expectedProfile = Limits.ProfileOnGrid(plain, SpecGridMuB);

        MassPointResult fit = MassPointFit.Fit(experiments, hypothesis, m4MeV, 0.9, SpecGridMuB);

        string because = $"{string.Join("+", set)}, {hypothesis.Name()}, m4 = {m4MeV} MeV";
        if (double.IsPositiveInfinity(expected.MuLimitMuB))
        {
            Assert.True(double.IsPositiveInfinity(fit.Limit.MuLimitMuB), because + ": no limit in reach");
        }
        else
        {
            Tolerance.AssertRelative(expected.MuLimitMuB, fit.Limit.MuLimitMuB, 1e-3, because + ", μ limit");
        }

        Tolerance.AssertAbsolute(expected.Chi2Min, fit.Limit.Chi2Min, 1e-6, because + ", χ²_min");
        Assert.Equal(expected.Chi2AtZero, fit.Limit.Chi2AtZero);
        for (int j = 0; j < SpecGridMuB.Length; j++)
        {
            Tolerance.AssertAbsolute(expectedProfile[j], fit.Chi2ByMu[j], 1e-8, $"{because}, χ² at μ[{j}]");
        }
    }

    [Theory]
    [InlineData(3)] // coarser than OneDof's 8 per decade: the whole search grid is merged in
    [InlineData(1)]
    public void Fit_WhenSpecGridIsCoarse_LimitStillEqualsPlainSearch(int points)
    {
        var experiments = PreparedExperimentCache.Get(["xenonnt"], BindingModel.FreeElectron);
        var plain = new PoissonChi2(FitModel.Build(experiments, 0.05, CouplingHypothesis.Electron));
        double expected = Limits.OneDof(plain, 0.9, MassPointFit.MuSearchUpperMuB).MuLimitMuB;
        MassPointResult fit = MassPointFit.Fit(experiments, CouplingHypothesis.Electron, 0.05, 0.9, LogGrid(1e-12, 1e-8, points));
        Tolerance.AssertRelative(expected, fit.Limit.MuLimitMuB, 1e-3, $"{points}-point μ grid");
    }

    [Fact]
    public void Fit_WhenRepeatedOrInterleaved_IsBitIdentical()
    {
        // Warm starts chain only within one fit: another fit in between, or another thread, changes nothing.
        var experiments = PreparedExperimentCache.Get(["xenonnt", "pandax4t-run1"], BindingModel.FreeElectron);
        MassPointResult first = MassPointFit.Fit(experiments, CouplingHypothesis.Universal, 0.1, 0.9, SpecGridMuB);
        _ = MassPointFit.Fit(experiments, CouplingHypothesis.Tau, 0.5, 0.9, SpecGridMuB);
        var parallel = new MassPointResult[4];
        Parallel.For(0, parallel.Length, i => parallel[i] = MassPointFit.Fit(experiments, CouplingHypothesis.Universal, 0.1, 0.9, SpecGridMuB));
        foreach (MassPointResult again in parallel.Prepend(MassPointFit.Fit(experiments, CouplingHypothesis.Universal, 0.1, 0.9, SpecGridMuB)))
        {
            int diff = Enumerable.Range(0, first.Chi2ByMu.Length).FirstOrDefault(j => first.Chi2ByMu[j] != again.Chi2ByMu[j], -1);
            Assert.True(diff < 0, diff < 0 ? "" : $"index {diff}: {first.Chi2ByMu[diff]:R} vs {again.Chi2ByMu[diff]:R}; limits {first.Limit} {again.Limit}");
            Assert.Equal(first.Limit, again.Limit);
        }
    }

    private static double[] LogGrid(double min, double max, int points) =>
        points == 1 ? [min] : [.. Enumerable.Range(0, points).Select(i => min * Math.Pow(max / min, i / (double)(points - 1)))];
}
