using System.Collections.Immutable;
using DipolePortal.Physics.Statistics;

namespace DipolePortal.Physics.Tests.Statistics;

public class PullChi2Tests
{
    // Hand calculation (seed 003 Eq. (11)), 2 bins, 1 pull: O = (10, 20), Δ = (2, 4), B = (8, 18), S = (1, 2), c = (1, 2).
    // r(s) = (1 − s/2, 1/2 − s/2), C = (1/2, 1/2), CᵀC + 1 = 3/2, Cᵀr = 3/4 − s/2 ⇒ ζ̂ = 1/2 − s/3 and
    // χ²(s) = rᵀr − (Cᵀr)²/(3/2) = 7/8 − s + s²/3, minimal at s = 3/2 with χ² = 1/8.
    private static PullChi2 HandExample() => new(
        [10.0, 20.0], [2.0, 4.0], [8.0, 18.0], [1.0, 2.0], [ImmutableArray.Create(1.0, 2.0)]);

    [Theory]
    [InlineData(0.0, 0.875)]
    [InlineData(1.0, 5.0 / 24.0)]
    [InlineData(1.5, 0.125)]
    [InlineData(3.0, 0.875)]
    public void Profile_WhenTwoBinsOnePull_MatchesHandCalculation(double s, double expected)
    {
        Tolerance.AssertRelative(expected, HandExample().Profile(s), 1e-13, "7/8 − s + s²/3, hand calculation");
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.0, 1.0 / 6.0)]
    [InlineData(3.0, -0.5)]
    public void ProfilePulls_WhenTwoBinsOnePull_MatchesHandCalculation(double s, double expectedPull)
    {
        Tolerance.AssertAbsolute(expectedPull, HandExample().ProfilePulls(s)[0], 1e-14, "ζ̂ = 1/2 − s/3, hand calculation");
    }

    [Fact]
    public void Profile_WhenEvaluatedAtProfiledPulls_EqualsUnprofiledChi2AndIsItsMinimum()
    {
        var chi2 = new PullChi2(
            [12.0, 30.0, 7.0], [3.0, 5.0, 2.5], [10.0, 28.0, 9.0], [0.5, 1.0, 0.2],
            [ImmutableArray.Create(1.0, 3.0, 0.5), ImmutableArray.Create(-0.5, 2.0, 1.5)]);
        const double s = 0.7;
        ImmutableArray<double> pulls = chi2.ProfilePulls(s);
        double profiled = chi2.Profile(s);
        Tolerance.AssertRelative(chi2.Evaluate(s, pulls.AsSpan()), profiled, 1e-12, "closed form vs the sum of Eq. (11) at ζ̂");
        double[] moved = [pulls[0] + 1e-3, pulls[1] - 1e-3];
        Assert.True(chi2.Evaluate(s, moved) > profiled, "ζ̂ must minimize Eq. (11)");
    }

    [Fact]
    public void Profile_WhenNoPulls_IsPlainGaussianChi2()
    {
        var chi2 = new PullChi2([10.0, 20.0], [2.0, 4.0], [8.0, 18.0], [1.0, 2.0], []);
        // ((10 − 8 − 1)/2)² + ((20 − 18 − 2)/4)² = 0.25 at s = 1
        Tolerance.AssertRelative(0.25, chi2.Profile(1.0), 1e-14, "Σ((O − E)/Δ)² by hand");
    }

    [Fact]
    public void Constructor_WhenUncertaintyIsZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PullChi2([1.0], [0.0], [1.0], [1.0], []));
    }

    [Fact]
    public void OneDof_WhenPullChi2_MatchesClosedFormLimit()
    {
        // 7/8 − s + s²/3 = 1/8 + Δ ⇒ s = 3/2 + √(3Δ); best fit ŝ = 3/2.
        double delta = Limits.DeltaChi2(0.9, 1);
        OneDofLimit limit = Limits.OneDof(HandExample(), 0.9, 100);
        Tolerance.AssertRelative(Math.Sqrt(1.5 + Math.Sqrt(3 * delta)), limit.MuLimitMuB, 1e-7, "closed-form crossing");
        Tolerance.AssertRelative(Math.Sqrt(1.5), limit.MuBestFitMuB, 1e-6, "closed-form best fit");
        Tolerance.AssertRelative(0.125, limit.Chi2Min, 1e-12, "closed-form minimum");
        Tolerance.AssertRelative(0.875, limit.Chi2AtZero, 1e-12, "χ²(0) = 7/8");
    }

    [Theory]
    [InlineData(0.0, 5.0 / 6.0)]
    [InlineData(0.25, 5.0 / 6.0 - (2.0 / 3.0 * 0.25) + (4.0 / 3.0 * 0.0625))]
    [InlineData(1.0, 1.5)]
    public void FromModel_WhenComponentsShareANuisanceAndABinIsEmpty_MatchesHandCalculation(double s, double expected)
    {
        // O = (4, 16, 0) ⇒ Δ = (2, 4, 1) (the empty bin takes the one-event floor). Components: two carry "flux" (σ = 0.5),
        // base (1, 0, 0) and (1, 4, 0): one pull, c = 0.5 (2, 4, 0); a fixed background (σ = 0), base (0, 12, 0): no pull.
        // B = (2, 16, 0), S = (1, 2, 1). r = (1 − s/2, −s/2, −s), C = (1/2, 1/2, 0), CᵀC + 1 = 3/2, Cᵀr = 1/2 − s/2:
        // χ² = rᵀr − (Cᵀr)²/(3/2) = 5/6 − 2s/3 + 4s²/3.
        var flux = new NuisanceParameter("flux", 0.5);
        var model = new BinnedModel([4.0, 16.0, 0.0],
        [
            new LinearComponent(flux, [1.0, 0.0, 0.0], [1.0, 0.0, 1.0]),
            new LinearComponent(flux, [1.0, 4.0, 0.0], [0.0, 2.0, 0.0]),
            new LinearComponent(new NuisanceParameter("background", 0), [0.0, 12.0, 0.0], [0.0, 0.0, 0.0]),
        ]);

        PullChi2 chi2 = PullChi2.FromModel(model);

        Assert.Equal(1, chi2.PullCount);
        Tolerance.AssertRelative(expected, chi2.Profile(s), 1e-12, "5/6 − 2s/3 + 4s²/3, hand calculation");
    }
}
