using System.Collections.Immutable;
using DipolePortal.Physics.Statistics;

namespace DipolePortal.Physics.Tests.Statistics;

/// <summary>Two experiments (bins 0–2: A, bins 3–5: B) with a shared solar nuisance and one private background each.</summary>
public class JointFitTests
{
    private static readonly double[] SolarBase = [30, 20, 10, 60, 40, 20];
    private static readonly double[] SolarSignal = [3, 2, 1, 6, 4, 2];
    private static readonly double[] Observed = [33, 19, 12, 80, 60, 31]; // A: near prediction; B: an excess

    private static BinnedModel Joint(double solarSigma) => new(
        [.. Observed],
        [
            new LinearComponent(new NuisanceParameter("solar", solarSigma), [.. SolarBase], [.. SolarSignal]),
            new LinearComponent(new NuisanceParameter("bkg-A", 0.2), [10.0, 10.0, 10.0, 0, 0, 0], [0.0, 0, 0, 0, 0, 0]),
            new LinearComponent(new NuisanceParameter("bkg-B", 0.3), [0.0, 0, 0, 15, 15, 15], [0.0, 0, 0, 0, 0, 0]),
        ]);

    private static BinnedModel Separate(
        int first, double solarSigma, string background, double backgroundSigma, double backgroundCounts) => new(
        [.. Observed.Skip(first).Take(3)],
        [
            new LinearComponent(
                new NuisanceParameter("solar", solarSigma), [.. SolarBase.Skip(first).Take(3)], [.. SolarSignal.Skip(first).Take(3)]),
            new LinearComponent(
                new NuisanceParameter(background, backgroundSigma), [backgroundCounts, backgroundCounts, backgroundCounts], [0.0, 0, 0]),
        ]);

    private static BinnedModel ExperimentA(double solarSigma) => Separate(0, solarSigma, "bkg-A", 0.2, 10);

    private static BinnedModel ExperimentB(double solarSigma) => Separate(3, solarSigma, "bkg-B", 0.3, 15);

    [Fact]
    public void Profile_WhenSolarShared_JointPullLiesBetweenSeparateFits()
    {
        const double s = 0.5;
        double alone = new PoissonChi2(ExperimentA(0.1)).Profile(s).Nuisances[0];
        double other = new PoissonChi2(ExperimentB(0.1)).Profile(s).Nuisances[0];
        ProfileResult joint = new PoissonChi2(Joint(0.1)).Profile(s);
        double shared = joint.Nuisances[0];

        Assert.True(Math.Abs(alone - other) > 0.01, $"the experiments pull differently: {alone:G4} vs {other:G4}");
        Assert.True(shared > Math.Min(alone, other) && shared < Math.Max(alone, other), $"compromise {shared:G4}");

        // The shared nuisance moves the prediction of both experiments: ∂Eₖ/∂θ_solar = A + sD in every bin.
        BinnedModel model = Joint(0.1);
        ImmutableArray<double> nominal = model.ExpectedCounts(s, [0.0, 0.0, 0.0]);
        ImmutableArray<double> moved = model.ExpectedCounts(s, [0.05, 0.0, 0.0]);
        for (int k = 0; k < 6; k++)
        {
            Tolerance.AssertRelative(0.05 * (SolarBase[k] + (s * SolarSignal[k])), moved[k] - nominal[k], 1e-12, $"bin {k}");
        }
    }

    [Theory]
    [InlineData(0.0, 1e-13)]
    [InlineData(1e-7, 1e-6)]
    public void Profile_WhenSharedPriorVanishes_EqualsSumOfSeparateFits(double solarSigma, double relTol)
    {
        foreach (double s in new[] { 0.0, 0.5, 2.0 })
        {
            double joint = new PoissonChi2(Joint(solarSigma)).Chi2(s);
            double sum = new PoissonChi2(ExperimentA(0)).Chi2(s) + new PoissonChi2(ExperimentB(0)).Chi2(s);
            Tolerance.AssertRelative(sum, joint, relTol, $"σ_solar → 0 decouples the experiments (s = {s})");
        }
    }

    [Fact]
    public void Profile_WhenSharedFree_JointBoundedBySeparateFits()
    {
        // With Pₓ(θ) the Poisson part of experiment x and θ* the joint optimum:
        // joint = P_A(θ*) + P_B(θ*) + (θ*/σ)² ≥ [min over θ of P_A + (θ/σ)²] + [same for B] − (θ*/σ)²,
        // and joint ≤ the sum with θ_solar fixed at 0.
        const double s = 0.5, sigma = 0.1;
        ProfileResult joint = new PoissonChi2(Joint(sigma)).Profile(s);
        double eachOwnSolar = new PoissonChi2(ExperimentA(sigma)).Chi2(s) + new PoissonChi2(ExperimentB(sigma)).Chi2(s);
        double solarFixed = new PoissonChi2(ExperimentA(0)).Chi2(s) + new PoissonChi2(ExperimentB(0)).Chi2(s);
        double pull = joint.Nuisances[0] / sigma;
        Assert.True(joint.Chi2 < solarFixed, $"{joint.Chi2} < {solarFixed}");
        Assert.True(joint.Chi2 >= eachOwnSolar - (pull * pull) - 1e-12, $"{joint.Chi2} ≥ {eachOwnSolar} − {pull * pull}");
        Assert.True(joint.Chi2 > eachOwnSolar, "sharing one θ costs χ² when the experiments pull apart");
    }
}
