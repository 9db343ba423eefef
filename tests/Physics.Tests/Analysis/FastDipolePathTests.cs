using DipolePortal.Physics.Units;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Statistics;

namespace DipolePortal.Physics.Tests.Analysis;

/// <summary>
/// Issue 8 item 2: "the limits of the fast path equal those of a plain, unoptimized evaluation within 0.1% (tested)".
/// The plain path is <see cref="PreparedExperiment.PlainDipoleCountsPerMuB2"/> (FluxFolding at every true node).
/// </summary>
public class FastDipolePathTests
{
    private static readonly PreparedExperiment Xenonnt = PreparedExperiment.Prepare(XenonNT2022.Definition, BindingModel.StepFunction);

    [Theory]
    [InlineData(0.001, CouplingHypothesis.Electron)]
    [InlineData(0.01, CouplingHypothesis.Electron)]
    [InlineData(0.1, CouplingHypothesis.Electron)]
    [InlineData(0.3, CouplingHypothesis.Electron)]
    [InlineData(1.0, CouplingHypothesis.Electron)]
    [InlineData(0.001, CouplingHypothesis.Universal)]
    [InlineData(0.01, CouplingHypothesis.Universal)]
    [InlineData(0.1, CouplingHypothesis.Universal)]
    [InlineData(0.3, CouplingHypothesis.Universal)]
    [InlineData(1.0, CouplingHypothesis.Universal)]
    public void Fit_WhenFastAndPlainDipoleCounts_LimitsAgreeWithinOnePermille(double m4MeV, CouplingHypothesis hypothesis)
    {
        double[][] plainCounts = Xenonnt.PlainDipoleCountsPerMuB2(m4MeV, hypothesis);
        double[][] fastCounts = Xenonnt.DipoleCountsPerMuB2(m4MeV, hypothesis);
        for (int c = 0; c < plainCounts.Length; c++)
        {
            for (int k = 0; k < plainCounts[c].Length; k++)
            {
                double plainBin = plainCounts[c][k];
                Tolerance.AssertAbsolute(plainBin, fastCounts[c][k], 1e-4 * Math.Abs(plainBin), $"{Xenonnt.Flux[c].Name}, bin {k}");
            }
        }

        var plain = new PoissonChi2(FitModel.Assemble([Xenonnt], [plainCounts]));
        double plainLimit = Limits.OneDof(plain, 0.9, MassPointFit.MuSearchUpperMuB).MuLimitMuB;
        double fastLimit = MassPointFit.Fit([Xenonnt], hypothesis, m4MeV, 0.9, []).Limit.MuLimitMuB;

        Assert.True(double.IsFinite(plainLimit), "m4 inside XENONnT's reach");
        Tolerance.AssertRelative(plainLimit, fastLimit, 1e-3, $"XENONnT 90% CL limit, {hypothesis.Name()}, m4 = {m4MeV} MeV");
    }

    [Fact]
    public void StandardModelCounts_WhenPreparedWithFluxMoments_EqualPlainFolding()
    {
        for (int c = 0; c < Xenonnt.Flux.Count; c++)
        {
            var plain = Xenonnt.PlainStandardModelCountsOf(Xenonnt.Flux[c]);
            for (int k = 0; k < plain.Length; k++)
            {
                Tolerance.AssertAbsolute(
                    plain[k], Xenonnt.StandardModelCounts[c][k], 1e-10 * Math.Abs(plain[k]), $"SM {Xenonnt.Flux[c].Name}, bin {k}");
            }
        }
    }

    [Fact]
    public void DipoleCounts_WhenCalledFromManyThreadsOnAFreshExperiment_AreIdenticalToSequential()
    {
        // The tables are built lazily on first use; concurrent first calls must see one complete table.
        PreparedExperiment fresh = PreparedExperiment.Prepare(XenonNT2022.Definition, BindingModel.FreeElectron);
        CouplingHypothesis[] hypotheses = Enum.GetValues<CouplingHypothesis>();
        var parallel = new double[16][][];
        Parallel.For(0, parallel.Length, i => parallel[i] = fresh.DipoleCountsPerMuB2(0.05, hypotheses[i % hypotheses.Length]));
        for (int i = 0; i < parallel.Length; i++)
        {
            double[][] sequential = fresh.DipoleCountsPerMuB2(0.05, hypotheses[i % hypotheses.Length]);
            Assert.Equal(sequential.SelectMany(x => x), parallel[i].SelectMany(x => x));
        }
    }

    [Fact]
    public void DipoleCounts_WhenServedFromTheSpectrumCache_AreTheComputedBitsAndTheCallersOwnCopy()
    {
        // The cache keeps each (m4, hypothesis) spectrum for the joint fits; a caller writing into its copy changes nothing.
        PreparedExperiment fresh = PreparedExperiment.Prepare(XenonNT2022.Definition, BindingModel.StepFunction);
        double[][] first = fresh.DipoleCountsPerMuB2(0.02, CouplingHypothesis.Tau);
        double[] expected = [.. first.SelectMany(x => x)];
        first[0][0] = -1;
        double[][] second = fresh.DipoleCountsPerMuB2(0.02, CouplingHypothesis.Tau);
        Assert.Equal(expected, second.SelectMany(x => x));
        Assert.NotSame(first[0], second[0]);
        Assert.Equal(expected, Xenonnt.DipoleCountsPerMuB2(0.02, CouplingHypothesis.Tau).SelectMany(x => x));
    }

    /// <summary>
    /// Above the reach of the whole true-recoil grid (its top node, 40 keV, not only the 30 keV analysis window, whose
    /// bins also collect a resolution tail from above it), no node can be reached: every count is exactly zero.
    /// </summary>
    [Fact]
    public void DipoleCounts_WhenM4BeyondReachOfEveryTrueRecoil_AreExactlyZero()
    {
        double topMeV = Xenonnt.Response.TrueRecoilMeV[^1];
        double e0 = RecoilKinematics.MinimumNeutrinoEnergyMeV(topMeV, PhysicalConstants.ElectronMassMeV, 0);
        double endpointMeV = Xenonnt.Flux.Max(c => c.EndpointMeV);
        double beyond = 1.01 * Math.Sqrt(2 * PhysicalConstants.ElectronMassMeV * topMeV * ((endpointMeV / e0) - 1));
        Assert.All(Xenonnt.DipoleCountsPerMuB2(beyond, CouplingHypothesis.Universal).SelectMany(x => x), v => Assert.Equal(0.0, v));
    }
}
