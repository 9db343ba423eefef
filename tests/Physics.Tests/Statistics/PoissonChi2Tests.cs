using System.Collections.Immutable;
using DipolePortal.Physics.Statistics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace DipolePortal.Physics.Tests.Statistics;

public class PoissonChi2Tests
{
    /// <summary>4 bins; a solar component (flux σ 10%, signal efficiency σ 3%) and a flat background (σ 20%).</summary>
    internal static BinnedModel ThreeNuisanceModel()
    {
        var efficiency = new NuisanceParameter("efficiency", 0.03);
        var solar = new LinearComponent(new NuisanceParameter("solar", 0.10), [50.0, 40.0, 30.0, 20.0], [5.0, 3.0, 2.0, 1.0])
        {
            SignalNuisance = efficiency,
        };
        var background = new LinearComponent(new NuisanceParameter("background", 0.20), [10.0, 10.0, 10.0, 10.0], [0.0, 0.0, 0.0, 0.0]);
        return new BinnedModel([70.0, 48.0, 45.0, 28.0], [solar, background]);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(4.0)]
    [InlineData(12.0)]
    public void Profile_WhenThreeNuisances_MatchesNelderMeadMinimum(double s)
    {
        var chi2 = new PoissonChi2(ThreeNuisanceModel());
        ProfileResult result = chi2.Profile(s);

        // Independent minimization of the un-profiled Eq. (7) (written term by term in BinnedModel.ExpectedCounts).
        var objective = ObjectiveFunction.Value(theta => chi2.Evaluate(s, theta.ToArray()));
        MinimizationResult bruteForce = new NelderMeadSimplex(1e-14, 200_000)
            .FindMinimum(objective, Vector<double>.Build.Dense(3), Vector<double>.Build.Dense(3, 0.05));

        Assert.True(result.Converged);
        Tolerance.AssertRelative(bruteForce.FunctionInfoAtMinimum.Value, result.Chi2, 1e-6, "Newton profile vs Nelder–Mead");
        Assert.True(result.Chi2 <= bruteForce.FunctionInfoAtMinimum.Value + 1e-10, "the exact profile cannot lie above another minimizer");
        for (int p = 0; p < 3; p++)
        {
            Tolerance.AssertAbsolute(bruteForce.MinimizingPoint[p], result.Nuisances[p], 1e-4, $"θ of {chi2.Model.Nuisances[p].Name}");
        }

        Tolerance.AssertRelative(chi2.Evaluate(s, result.Nuisances.AsSpan()), result.Chi2, 1e-12, "Profile vs Evaluate at θ̂");
    }

    [Fact]
    public void Profile_WhenTwoNuisances_MatchesDenseGridMinimum()
    {
        var model = new BinnedModel(
            [30.0, 12.0],
            [
                new LinearComponent(new NuisanceParameter("a", 0.1), [20.0, 5.0], [2.0, 1.0]),
                new LinearComponent(new NuisanceParameter("b", 0.3), [5.0, 5.0], [0.0, 0.0]),
            ]);
        var chi2 = new PoissonChi2(model);
        const double s = 1.0;
        ProfileResult result = chi2.Profile(s);

        // Dense grid, then two zooms by 20× around the best point: grid spacing ends at 1e-7 in θ.
        double bestA = 0, bestB = 0, best = double.PositiveInfinity, half = 0.5;
        for (int zoom = 0; zoom < 4; zoom++)
        {
            double centerA = bestA, centerB = bestB;
            for (int i = -100; i <= 100; i++)
            {
                for (int j = -100; j <= 100; j++)
                {
                    double a = centerA + (half * i / 100), b = centerB + (half * j / 100);
                    double value = chi2.Evaluate(s, [a, b]);
                    if (value < best)
                    {
                        (best, bestA, bestB) = (value, a, b);
                    }
                }
            }

            half /= 20;
        }

        Tolerance.AssertRelative(best, result.Chi2, 1e-6, "Newton profile vs dense grid");
        Tolerance.AssertAbsolute(bestA, result.Nuisances[0], 1e-5, "θ_a vs dense grid");
        Tolerance.AssertAbsolute(bestB, result.Nuisances[1], 1e-5, "θ_b vs dense grid");
    }

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e8)]
    public void Profile_WhenOneBinFreeBackgroundNoSignal_IsZero(double sigma)
    {
        // The background normalization absorbs any count: E = O at θ̂ = O/A − 1 = 0.25, χ² = 0.
        var model = new BinnedModel([100.0], [new LinearComponent(new NuisanceParameter("bkg", sigma), [80.0], [0.0])]);
        ProfileResult result = new PoissonChi2(model).Profile(0);
        Tolerance.AssertAbsolute(0, result.Chi2, 1e-12, "one bin, free normalization");
        Tolerance.AssertRelative(0.25, result.Nuisances[0], 1e-6, "θ̂ = O/A − 1");
    }

    [Theory]
    [InlineData(100.0, 80.0, 10.0, 1.3)]
    [InlineData(3.0, 0.5, 2.0, 0.7)]
    [InlineData(0.0, 4.0, 1.0, 2.0)]
    public void Chi2_WhenOnlyFixedComponent_EqualsPlainPoissonFormula(double observed, double background, double signal, double s)
    {
        var model = new BinnedModel([observed], [new LinearComponent(new NuisanceParameter("fixed", 0), [background], [signal])]);
        double e = background + (s * signal);
        double expected = observed > 0 ? 2 * (e - observed + (observed * Math.Log(observed / e))) : 2 * e;
        // 1e-12: the naive form written here loses ~O·1e-16 to cancellation; the code evaluates ln(1 + d) accurately.
        Tolerance.AssertRelative(expected, new PoissonChi2(model).Chi2(s), 1e-12, "2[E − O + O ln(O/E)], written out");
    }

    [Theory]
    [InlineData(100.0, 80.0, 0.1)]
    [InlineData(20.0, 35.0, 0.3)]
    [InlineData(7.0, 7.0, 0.5)]
    public void Profile_WhenOneBinOneNuisance_MatchesClosedForm(double observed, double background, double sigma)
    {
        // d/dθ {2[A(1+θ) − O + O ln(O/(A(1+θ)))] + θ²/σ²} = 0 ⇔ θ²/σ² + θ(A + 1/σ²) + (A − O) = 0 (root with 1 + θ > 0).
        double inverseVariance = 1 / (sigma * sigma);
        double b = background + inverseVariance;
        double theta = (-b + Math.Sqrt((b * b) - (4 * inverseVariance * (background - observed)))) / (2 * inverseVariance);
        double e = background * (1 + theta);
        double chi2 = (2 * (e - observed + (observed * Math.Log(observed / e)))) + (theta * theta * inverseVariance);

        var model = new BinnedModel([observed], [new LinearComponent(new NuisanceParameter("n", sigma), [background], [0.0])]);
        ProfileResult result = new PoissonChi2(model).Profile(0);
        // 1e-9 on θ̂: Newton stops once χ² is within ~1e-12 of its minimum, which holds θ̂ to √(2·1e-12/H) ≈ 1e-7 at
        // worst (H ≈ 2A²/O + 2/σ² ≥ 200 here); the last full step makes it far closer (seen: 4e-11).
        Tolerance.AssertAbsolute(theta, result.Nuisances[0], 1e-9, "θ̂ from the quadratic stationarity condition");
        Tolerance.AssertAbsolute(chi2, result.Chi2, 1e-11, "χ² at the closed-form θ̂");
    }

    [Fact]
    public void Profile_WhenBinWithCountsCanHaveNoExpectation_IsInfinite()
    {
        var model = new BinnedModel([3.0, 1.0], [new LinearComponent(new NuisanceParameter("n", 0.1), [2.0, 0.0], [0.0, 1.0])]);
        var chi2 = new PoissonChi2(model);
        Assert.Equal(double.PositiveInfinity, chi2.Chi2(0));
        Assert.True(double.IsFinite(chi2.Chi2(0.5)), "with signal the second bin has expected counts");
    }

    [Fact]
    public void Profile_WhenEmptyBinAndFreeBackground_ConvergesToBoundaryFromInside()
    {
        // O = 0, A = 4, σ = ∞: χ²(θ) = 8(1 + θ) decreases to 0 at the boundary E = 0.
        var model = new BinnedModel([0.0], [new LinearComponent(new NuisanceParameter("n", double.PositiveInfinity), [4.0], [0.0])]);
        ProfileResult result = new PoissonChi2(model).Profile(0);
        Tolerance.AssertAbsolute(0, result.Chi2, 1e-10, "infimum at E → 0");
        Assert.True(result.Converged, "a boundary-limited step that gains ≤ 1e-12 ends the iteration");
    }

    [Fact]
    public void Chi2_WhenCalledInAnyOrder_IsBitIdentical()
    {
        var first = new PoissonChi2(ThreeNuisanceModel());
        double[] s = [0, 0.3, 1, 2.5, 4, 7, 12];
        double[] forward = s.Select(first.Chi2).ToArray();
        var second = new PoissonChi2(ThreeNuisanceModel());
        double[] backward = s.Reverse().Select(second.Chi2).Reverse().ToArray();
        Assert.Equal(forward, backward);
        _ = first.Profile(5, [0.3, -0.2, 0.1]);
        Assert.Equal(forward[3], first.Chi2(s[3]));
    }

    [Fact]
    public void Profile_WhenWarmStartedFromNeighbour_AgreesWithColdStartBelow1e10()
    {
        var chi2 = new PoissonChi2(ThreeNuisanceModel());
        ImmutableArray<double> previous = chi2.Profile(0).Nuisances;
        double worst = 0;
        int coldIterations = 0, warmIterations = 0;
        for (int i = 1; i <= 200; i++)
        {
            double s = 0.1 * i;
            ProfileResult cold = chi2.Profile(s);
            ProfileResult warm = chi2.Profile(s, previous.AsSpan());
            worst = Math.Max(worst, Math.Abs(cold.Chi2 - warm.Chi2));
            coldIterations += cold.Iterations;
            warmIterations += warm.Iterations;
            previous = warm.Nuisances;
            Assert.True(cold.Converged && warm.Converged);
        }

        Assert.True(worst < 1e-10, $"max |χ²_warm − χ²_cold| = {worst:G3}");
        Assert.True(warmIterations <= coldIterations, $"warm {warmIterations} vs cold {coldIterations} Newton steps");
    }

    [Fact]
    public void Chi2_WhenWarmedUp_AllocatesNothing()
    {
        var chi2 = new PoissonChi2(ThreeNuisanceModel());
        double sum = 0;
        for (int i = 0; i < 200; i++)
        {
            sum += chi2.Chi2(0.05 * i);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            sum += chi2.Chi2(0.01 * i);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(double.IsFinite(sum));
    }

    [Fact]
    public void ExpectedCounts_WhenSignalNuisance_ScalesOnlySignalLinearly()
    {
        BinnedModel model = ThreeNuisanceModel();
        // solar θ = 0.1, efficiency θ = 0.2, background θ = −0.5, s = 2, bin 0: 1.1·(50 + 10) + 0.2·10 + 0.5·10
        ImmutableArray<double> expected = model.ExpectedCounts(2, [0.1, 0.2, -0.5]);
        Tolerance.AssertRelative((1.1 * 60) + (0.2 * 10) + (0.5 * 10), expected[0], 1e-14, "E = (1+θ)(A + sD) + θ_ε s D, by hand");
    }

    [Fact]
    public void BinnedModel_WhenSameNameDifferentSigma_Throws()
    {
        Assert.Throws<ArgumentException>(() => new BinnedModel(
            [1.0],
            [
                new LinearComponent(new NuisanceParameter("x", 0.1), [1.0], [0.0]),
                new LinearComponent(new NuisanceParameter("x", 0.2), [1.0], [0.0]),
            ]));
    }

    [Fact]
    public void BinnedModel_WhenLengthsDifferOrCountsNegative_Throws()
    {
        var n = new NuisanceParameter("n", 0.1);
        Assert.Throws<ArgumentException>(() => new BinnedModel([1.0, 2.0], [new LinearComponent(n, [1.0], [0.0])]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LinearComponent(n, [-1.0], [0.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LinearComponent(n, [1.0], [double.NaN]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NuisanceParameter("n", -0.1));
    }
}
