using System.Collections.Immutable;
using DipolePortal.Physics.Statistics;

namespace DipolePortal.Physics.Tests.Statistics;

public class LimitsTests
{
    [Theory]
    [InlineData(0.90, 1, 2.70554, 1e-5)] // χ² quantile tables (e.g. PDG Statistics review, Table 40.2)
    [InlineData(0.90, 2, 4.60517, 1e-5)] // = −2 ln(0.1) exactly for 2 dof
    [InlineData(0.95, 1, 3.8415, 1e-4)]
    public void DeltaChi2_WhenStandardLevels_MatchesTables(double cl, int dof, double expected, double absTol)
    {
        Tolerance.AssertAbsolute(expected, Limits.DeltaChi2(cl, dof), absTol, "χ² quantile");
    }

    [Fact]
    public void DeltaChi2_WhenTwoDof_EqualsMinusTwoLogOneMinusCl()
    {
        Tolerance.AssertRelative(-2 * Math.Log(1 - 0.68), Limits.DeltaChi2(0.68, 2), 1e-10, "χ²₂ CDF = 1 − e^(−x/2)");
    }

    [Fact]
    public void OneDof_WhenProfileIsMonotone_CrossesAtAnalyticMu()
    {
        // χ²(μ) = 3 + (μ/μ0)²: best fit at μ = 0, limit μ0 √Δ.
        const double mu0 = 2e-11;
        var profile = new AnalyticProfile(mu => 3 + ((mu / mu0) * (mu / mu0)));
        OneDofLimit limit = Limits.OneDof(profile, 0.9, 1e-8);
        Tolerance.AssertRelative(mu0 * Math.Sqrt(Limits.DeltaChi2(0.9, 1)), limit.MuLimitMuB, 1e-7, "μ0 √Δ");
        Assert.Equal(0, limit.MuBestFitMuB);
        Assert.Equal(3, limit.Chi2Min);
        Assert.Equal(3, limit.Chi2AtZero);
    }

    [Fact]
    public void OneDof_WhenLimitBelowSearchGrid_WalksDownAndStillFindsIt()
    {
        const double mu0 = 1e-20; // far below the 8 decades searched under 1e-8
        var profile = new AnalyticProfile(mu => (mu / mu0) * (mu / mu0));
        OneDofLimit limit = Limits.OneDof(profile, 0.9, 1e-8);
        Tolerance.AssertRelative(mu0 * Math.Sqrt(Limits.DeltaChi2(0.9, 1)), limit.MuLimitMuB, 1e-7, "μ0 √Δ");
    }

    [Fact]
    public void OneDof_WhenNotExcludedInRange_IsInfinite()
    {
        var profile = new AnalyticProfile(mu => mu * 1e8); // χ² ≤ 1 below μ = 1e-8
        Assert.Equal(double.PositiveInfinity, Limits.OneDof(profile, 0.9, 1e-8).MuLimitMuB);
    }

    [Fact]
    public void OneDof_WhenTwoLocalMinima_FindsTheGlobalOne()
    {
        // 10 − 6 exp(−((μ − 2e-11)/3e-12)²) − 8 exp(−((μ − 6e-11)/5e-12)²): global minimum 2 at μ = 6e-11 (the first
        // Gaussian is e^(−178) there); the limit solves 8 exp(−x²) = 8 − Δ, μ = 6e-11 + 5e-12 x.
        static double Chi2(double mu) =>
            10 - (6 * Math.Exp(-Math.Pow((mu - 2e-11) / 3e-12, 2))) - (8 * Math.Exp(-Math.Pow((mu - 6e-11) / 5e-12, 2)));
        double delta = Limits.DeltaChi2(0.9, 1);
        OneDofLimit limit = Limits.OneDof(new AnalyticProfile(Chi2), 0.9, 1e-9);
        Tolerance.AssertRelative(6e-11, limit.MuBestFitMuB, 1e-6, "global minimum");
        Tolerance.AssertRelative(2, limit.Chi2Min, 1e-12, "value at the global minimum");
        Tolerance.AssertRelative(6e-11 + (5e-12 * Math.Sqrt(-Math.Log((8 - delta) / 8))), limit.MuLimitMuB, 1e-7, "closed form");
    }

    [Theory]
    [InlineData(1e8, 1e-4)] // ε = √(Δ/B) = 1.6e-4: the Gaussian formula is off by ε/3 ≈ 5e-5
    [InlineData(1e6, 6e-4)] // ε/3 ≈ 5.5e-4
    public void OneDof_WhenLargeCountsNoNuisance_MatchesGaussianLimit(double background, double relTol)
    {
        // One bin, O = B, no nuisance: χ²(s) ≈ (sD)²/B ⇒ s_lim = √(Δ B)/D.
        const double signalPerMuB2 = 2e24;
        var model = new BinnedModel(
            [background], [new LinearComponent(new NuisanceParameter("fixed", 0), [background], [signalPerMuB2])]);
        OneDofLimit limit = Limits.OneDof(new PoissonChi2(model), 0.9, 1e-8);
        double gaussian = Math.Sqrt(Math.Sqrt(Limits.DeltaChi2(0.9, 1) * background) / signalPerMuB2);
        Tolerance.AssertRelative(gaussian * gaussian, limit.MuLimitMuB * limit.MuLimitMuB, relTol, "s_lim = √(ΔB)/D");
    }

    [Theory]
    [InlineData(1e4, 0.0)]
    [InlineData(1e4, 300.0)]
    [InlineData(1e8, 0.0)]
    public void OneDof_WhenOneBinNoNuisance_MatchesExactPoissonSolution(double background, double excess)
    {
        // χ²(s) = 2[E − O + O ln(O/E)], E = B + sD. Best fit E = O ⇒ ŝ = (O − B)/D, χ²_min = 0 (excess ≥ 0).
        // χ² = Δ with x = E/O: x − 1 − ln x = Δ/(2O); for x > 1, x = 1 + ε + ε²/3 + ε³/36 − ε⁴/270 + O(ε⁵), ε = √(Δ/O)
        // (series inversion of (x − 1)²/2 − (x − 1)³/3 + …; truncation error < 1e-10 relative here).
        const double signalPerMuB2 = 2e24;
        double observed = background + excess;
        var model = new BinnedModel(
            [observed], [new LinearComponent(new NuisanceParameter("fixed", 0), [background], [signalPerMuB2])]);
        double delta = Limits.DeltaChi2(0.9, 1);
        double eps = Math.Sqrt(delta / observed);
        double x = 1 + eps + (eps * eps / 3) + (Math.Pow(eps, 3) / 36) - (Math.Pow(eps, 4) / 270);
        double sLimit = ((observed * x) - background) / signalPerMuB2;

        OneDofLimit limit = Limits.OneDof(new PoissonChi2(model), 0.9, 1e-8);
        Tolerance.AssertRelative(Math.Sqrt(sLimit), limit.MuLimitMuB, 1e-7, "exact one-bin Poisson limit");
        Tolerance.AssertAbsolute(Math.Sqrt(excess / signalPerMuB2), limit.MuBestFitMuB, 1e-5 * Math.Sqrt(sLimit), "ŝ = (O − B)/D");
        Tolerance.AssertAbsolute(0, limit.Chi2Min, 1e-9, "E = O at the best fit");
    }

    [Fact]
    public void OneDof_WhenExcessWithNuisances_BestFitPositiveAndLimitOnTheLevel()
    {
        var chi2 = new PoissonChi2(PoissonChi2Tests.ThreeNuisanceModel());
        OneDofLimit limit = Limits.OneDof(chi2, 0.9, 100);
        Assert.True(limit.MuBestFitMuB > 0, "the data (70, 48, 45, 28) exceed the no-signal prediction (60, 50, 40, 30)");
        Assert.True(limit.Chi2Min < limit.Chi2AtZero);
        Tolerance.AssertAbsolute(
            limit.Chi2Min + Limits.DeltaChi2(0.9, 1), chi2.Chi2(limit.MuLimitMuB * limit.MuLimitMuB), 1e-6, "χ²(μ_lim) = χ²_min + Δ");
        double below = 0.999 * limit.MuBestFitMuB, above = 1.001 * limit.MuBestFitMuB;
        Assert.True(chi2.Chi2(below * below) >= limit.Chi2Min && chi2.Chi2(above * above) >= limit.Chi2Min, "a minimum");
    }

    [Fact]
    public void OneDofOnGrid_WhenPiecewiseLinearInLogMu_InterpolationIsExact()
    {
        // χ²(μ) = 2 + 10 |ln μ − ln μc| with μc on the grid: best fit μc, limit ln μ = ln μc + Δ/10.
        ImmutableArray<double> mu = MuGrid();
        double center = mu[17];
        double[] chi2 = [.. mu.Select(m => 2 + (10 * Math.Abs(Math.Log(m / center))))];
        OneDofLimit limit = Limits.OneDofOnGrid(mu, chi2, 50, 0.9);
        Tolerance.AssertRelative(center * Math.Exp(Limits.DeltaChi2(0.9, 1) / 10), limit.MuLimitMuB, 1e-12, "linear in ln μ");
        Assert.Equal((center, 2.0, 50.0), (limit.MuBestFitMuB, limit.Chi2Min, limit.Chi2AtZero));
    }

    [Fact]
    public void OneDofOnGrid_WhenCrossingBelowFirstPoint_InterpolatesLinearlyFromZero()
    {
        // χ²(μ) = 10 μ/μ₁ with μ₁ the first grid point: crossing at μ₁ Δ/10.
        ImmutableArray<double> mu = MuGrid();
        OneDofLimit limit = Limits.OneDofOnGrid(mu, [.. mu.Select(m => 10 * m / mu[0])], 0, 0.9);
        Tolerance.AssertRelative(mu[0] * Limits.DeltaChi2(0.9, 1) / 10, limit.MuLimitMuB, 1e-12, "linear in μ from 0");
        Assert.Equal(0, limit.MuBestFitMuB);
    }

    [Fact]
    public void OneDofOnGrid_WhenRefinedWithProfile_AgreesWithOneDof()
    {
        var chi2 = new PoissonChi2(PoissonChi2Tests.ThreeNuisanceModel());
        ImmutableArray<double> mu = [.. Enumerable.Range(0, 41).Select(j => 0.1 * Math.Pow(10, j / 20.0))];
        ImmutableArray<double> values = Limits.ProfileOnGrid(chi2, mu.AsSpan());
        OneDofLimit onGrid = Limits.OneDofOnGrid(mu, values.AsSpan(), chi2.Chi2(0), 0.9, chi2);
        OneDofLimit direct = Limits.OneDof(chi2, 0.9, 100);
        Tolerance.AssertRelative(direct.MuLimitMuB, onGrid.MuLimitMuB, 1e-7, "same profile, same crossing");
        Tolerance.AssertRelative(direct.Chi2Min, onGrid.Chi2Min, 1e-10, "same minimum");
        OneDofLimit coarse = Limits.OneDofOnGrid(mu, values.AsSpan(), chi2.Chi2(0), 0.9);
        Tolerance.AssertRelative(direct.MuLimitMuB, coarse.MuLimitMuB, 0.01, "grid of 20 points per decade, no refinement");
    }

    [Fact]
    public void ProfileOnGrid_WhenGrid_EvaluatesEachMu()
    {
        var profile = new AnalyticProfile(mu => mu * mu);
        ImmutableArray<double> values = Limits.ProfileOnGrid(profile, [0.0, 1.0, 3.0]);
        Assert.Equal([0.0, 1.0, 9.0], values.ToArray());
    }

    /// <summary>Log-spaced μ grid: 1e-12 · 10^(j/10), j = 0…40.</summary>
    private static ImmutableArray<double> MuGrid() => [.. Enumerable.Range(0, 41).Select(j => 1e-12 * Math.Pow(10, j / 10.0))];

    [Fact]
    public void TwoDofContour_WhenPiecewiseLinearInLogMu_InterpolationIsExact()
    {
        // χ²(m4ᵢ, μ) = 4 |ln μ − cᵢ| + bᵢ, kink cᵢ on a grid point: crossings at cᵢ ± (Δ − bᵢ)/4 where Δ &gt; bᵢ.
        ImmutableArray<double> mu = MuGrid();
        double[] center = [Math.Log(mu[10]), Math.Log(mu[20]), Math.Log(mu[25])];
        double[] offset = [0.0, 2.0, 5.0];
        var surface = new Chi2Surface(
            [0.01, 0.1, 1.0],
            mu,
            [.. center.Select((c, i) => mu.Select(m => (4 * Math.Abs(Math.Log(m) - c)) + offset[i]).ToImmutableArray())]);
        double delta = Limits.DeltaChi2(0.9, 2);

        ImmutableArray<ContourPoint> contour = Limits.TwoDofContour(surface, 0.9);

        Assert.Equal(4, contour.Length); // b = 5 > Δ: no crossing in the last row
        for (int i = 0; i < 2; i++)
        {
            double halfWidth = (delta - offset[i]) / 4;
            ContourPoint lower = contour[2 * i], upper = contour[(2 * i) + 1];
            Assert.Equal((ContourEdge.Lower, ContourEdge.Upper), (lower.Edge, upper.Edge));
            Assert.Equal(surface.M4GridMeV[i], lower.M4MeV);
            Tolerance.AssertRelative(Math.Exp(center[i] - halfWidth), lower.MuMuB, 1e-12, "linear in ln μ");
            Tolerance.AssertRelative(Math.Exp(center[i] + halfWidth), upper.MuMuB, 1e-12, "linear in ln μ");
        }
    }

    [Fact]
    public void TwoDofContour_WhenParabolaInLogMuAndProfileGiven_RefinesToAnalyticContour()
    {
        // χ²(m4ᵢ, μ) = ((ln μ − cᵢ)/w)² + bᵢ with cᵢ between grid points: crossings at cᵢ ± w √(Δ − bᵢ).
        // The global minimum 0 lies between grid points of row 0 and is found by the refinement.
        ImmutableArray<double> mu = MuGrid();
        double[] center = [Math.Log(3.3e-11), Math.Log(2.2e-10)];
        double[] offset = [0.0, 1.5];
        const double w = 0.7;
        double Chi2(int i, double m) => Math.Pow((Math.Log(m) - center[i]) / w, 2) + offset[i];
        var surface = new Chi2Surface(
            [0.01, 0.3], mu, [.. Enumerable.Range(0, 2).Select(i => mu.Select(m => Chi2(i, m)).ToImmutableArray())]);
        double delta = Limits.DeltaChi2(0.9, 2);

        ImmutableArray<ContourPoint> contour = Limits.TwoDofContour(surface, 0.9, i => new AnalyticProfile(m => Chi2(i, m)));

        Assert.Equal(4, contour.Length);
        for (int i = 0; i < 2; i++)
        {
            double halfWidth = w * Math.Sqrt(delta - offset[i]);
            Tolerance.AssertRelative(Math.Exp(center[i] - halfWidth), contour[2 * i].MuMuB, 1e-7, "refined lower edge");
            Tolerance.AssertRelative(Math.Exp(center[i] + halfWidth), contour[(2 * i) + 1].MuMuB, 1e-7, "refined upper edge");
        }

        ImmutableArray<ContourPoint> coarse = Limits.TwoDofContour(surface, 0.9);
        Tolerance.AssertRelative(Math.Exp(center[0] + (w * Math.Sqrt(delta))), coarse[1].MuMuB, 0.05, "grid-only interpolation");
    }

    [Fact]
    public void Chi2Surface_WhenMuGridNotIncreasing_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Chi2Surface([1.0], [2.0, 1.0], [ImmutableArray.Create(0.0, 1.0)]));
    }
}
