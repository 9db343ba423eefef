using System.Collections.Immutable;
using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Statistics;

namespace DipolePortal.Physics.Tests.Analysis;

/// <summary>Expected sensitivity from pseudo-experiments (docs/likelihood.md, "Expected sensitivity").</summary>
public sealed class ExpectedSensitivityTests
{
    private const double Cl = 0.9;

    /// <summary>
    /// Eight bins of 40 background events (σ = 20%) under a falling solar spectrum (σ = 5%) whose dipole signal, peaked in
    /// the low bins, gives a few events at μ ~ 1e-10 μ_B: tens of counts per bin, so Wilks and the Asimov approximation hold.
    /// </summary>
    private static BinnedModel Model()
    {
        ImmutableArray<double> solar = [30.0, 27, 24, 21, 18, 15, 12, 10];
        ImmutableArray<double> signalPerMuB2 = [.. new[] { 8.0, 6, 4, 3, 2, 1, 0.5, 0.2 }.Select(v => v * 1e20)];
        ImmutableArray<double> background = [.. Enumerable.Repeat(40.0, 8)];
        var components = ImmutableArray.Create(
            new LinearComponent(new NuisanceParameter("flux:pp", 0.05), solar, signalPerMuB2),
            new LinearComponent(new NuisanceParameter("background", 0.2), background, [.. new double[8]]));
        ImmutableArray<double> observed = [.. solar.Zip(background, (a, b) => a + b)];
        return new BinnedModel(observed, components);
    }

    [Fact]
    public void Compute_WhenBackgroundOnly_MedianIsTheAsimovLimitAndQuantilesAreOrdered()
    {
        BinnedModel model = Model();
        // The Asimov limit: the fit of the background-only expectation itself.
        double asimov = MassPointFit.Limit(new BinnedModel(ExpectedSensitivity.BackgroundOnly(model), model.Components), Chi2Form.Poisson, Cl)
            .MuLimitMuB;

        ExpectedLimitQuantiles q = ExpectedSensitivity.Compute(model, Chi2Form.Poisson, Cl, 400, "test-scan/xenonnt/e/0/0");

        // With ±1σ about ±25% wide, the median of 400 limits is known to ~2%; the Asimov approximation adds a few %.
        Tolerance.AssertRelative(asimov, q.MedianMuB, 0.10, "median expected limit vs Asimov limit (N = 400)");
        Assert.Equal(400, q.PseudoExperiments);
        Assert.True(q.Minus2SigmaMuB <= q.Minus1SigmaMuB && q.Minus1SigmaMuB <= q.MedianMuB
            && q.MedianMuB <= q.Plus1SigmaMuB && q.Plus1SigmaMuB <= q.Plus2SigmaMuB, $"quantiles out of order: {q}");
        // Poisson fluctuations give the bands a real width: this is not the Asimov fit repeated.
        Assert.True(q.Plus1SigmaMuB > 1.05 * q.Minus1SigmaMuB, $"the ±1σ band is too narrow for 40-event bins: {q}");
    }

    [Fact]
    public void Compute_WhenTheKeyIsTheSame_GivesIdenticalNumbersAndAnotherKeyDifferent()
    {
        BinnedModel model = Model();
        ExpectedLimitQuantiles a = ExpectedSensitivity.Compute(model, Chi2Form.Poisson, Cl, 50, "scan/xenonnt/e/3/1");
        ExpectedLimitQuantiles b = ExpectedSensitivity.Compute(model, Chi2Form.Poisson, Cl, 50, "scan/xenonnt/e/3/1");
        ExpectedLimitQuantiles c = ExpectedSensitivity.Compute(model, Chi2Form.Poisson, Cl, 50, "scan/xenonnt/e/3/2");

        Assert.Equal(a, b); // record equality: every double bit for bit
        Assert.NotEqual(a.MedianMuB, c.MedianMuB);
        Assert.NotEqual(a.Plus1SigmaMuB, c.Plus1SigmaMuB);
    }

    [Fact]
    public void Fnv1a64_WhenGivenTheReferenceVectors_MatchesThePublishedHashes()
    {
        // FNV-1a 64-bit test vectors of the reference implementation (Fowler, Noll, Vo; isthe.com/chongo/tech/comp/fnv).
        Assert.Equal(0xcbf29ce484222325UL, SeededRandom.Fnv1a64(""));
        Assert.Equal(0xaf63dc4c8601ec8cUL, SeededRandom.Fnv1a64("a"));
        Assert.Equal(0x85944171f73967e8UL, SeededRandom.Fnv1a64("foobar"));
    }

    [Theory]
    [InlineData(0.7)] // inversion
    [InlineData(4.0)] // inversion
    [InlineData(40.0)] // PTRS
    [InlineData(2500.0)] // PTRS
    public void NextPoisson_WhenDrawnManyTimes_HasMeanAndVarianceLambda(double meanEvents)
    {
        const int draws = 40_000;
        var random = new SeededRandom($"poisson/{meanEvents}");
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < draws; i++)
        {
            double k = random.NextPoisson(meanEvents);
            Assert.Equal(Math.Floor(k), k);
            sum += k;
            sumSquares += k * k;
        }

        double mean = sum / draws;
        double variance = (sumSquares / draws) - (mean * mean);
        // Standard error of the mean √(λ/n) ≤ 0.5% of λ for λ ≥ 0.7 (5σ: 2.5%); of the variance ≈ λ√(2/n) ≈ 0.7% (5σ: 4%).
        Tolerance.AssertRelative(meanEvents, mean, 5 * Math.Sqrt(meanEvents / draws) / meanEvents, "Poisson sample mean");
        Tolerance.AssertRelative(meanEvents, variance, 5 * Math.Sqrt((2.0 / draws) + (1.0 / (meanEvents * draws))), "Poisson sample variance");
    }
}
