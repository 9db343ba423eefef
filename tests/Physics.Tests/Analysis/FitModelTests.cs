using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Statistics;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.Analysis;

/// <summary>How fits are assembled (docs/likelihood.md): shared flux nuisances, per-experiment backgrounds and efficiencies.</summary>
public class FitModelTests
{
    private static readonly IReadOnlyList<PreparedExperiment> Joint =
        PreparedExperimentCache.Get([XenonNT2022.Definition.Id, Xenon1T2020.Definition.Id], BindingModel.FreeElectron);

    [Fact]
    public void Assemble_WhenJointFit_SharesEachSolarFluxNuisanceOnce()
    {
        BinnedModel model = FitModel.Build(Joint, 0.01, CouplingHypothesis.Electron);
        Assert.Equal(Joint.Sum(e => e.Data.BinCount), model.BinCount);
        Assert.Single(model.Nuisances, n => n.Name == "flux:pp");
        Assert.Contains(model.Nuisances, n => n.Name == "xenonnt:background");
        Assert.Contains(model.Nuisances, n => n.Name == "xenon1t:background");
    }

    [Fact]
    public void Assemble_WhenJointFit_AppliesAnEfficiencyNuisanceOnlyToItsOwnExperimentsSignal()
    {
        BinnedModel model = FitModel.Build(Joint, 0.01, CouplingHypothesis.Electron);
        int xenonntBins = Joint[0].Data.BinCount;
        var withEfficiency = model.Components.Where(c => c.SignalNuisance?.Name == "xenon1t:efficiency").ToList();
        Assert.Equal(Joint[1].Flux.Count, withEfficiency.Count);
        foreach (LinearComponent component in withEfficiency)
        {
            Assert.All(component.SignalCountsPerMuB2.Take(xenonntBins), v => Assert.Equal(0.0, v));
            Assert.Contains(component.SignalCountsPerMuB2.Skip(xenonntBins), v => v > 0);
        }

        Assert.All(model.Components.Where(c => c.SignalCountsPerMuB2.Take(xenonntBins).Any(v => v > 0)), c => Assert.Null(c.SignalNuisance));
    }

    /// <summary>
    /// The non-ν background is the published total minus our SM solar-ν prediction, so at nominal nuisances and μ = 0 the
    /// prediction equals the published background bin by bin (no bundled bin needs clamping).
    /// </summary>
    [Fact]
    public void ExpectedCounts_AtNominalNuisancesAndNoSignal_EqualThePublishedBackground()
    {
        foreach (PreparedExperiment experiment in Joint)
        {
            BinnedModel model = FitModel.Build([experiment], 0.01, CouplingHypothesis.Electron);
            var expected = model.ExpectedCounts(0, new double[model.Nuisances.Length]);
            for (int k = 0; k < model.BinCount; k++)
            {
                Tolerance.AssertRelative(experiment.Data.PublishedBackgroundCounts[k], expected[k], 1e-12, $"{experiment.Definition.Id} bin {k}");
            }
        }
    }

    /// <summary>
    /// The reach by hand: at the top of XENONnT's window, T = 30 keV, E₀ = (T/2)(1 + √(1 + 2m_e/T)), and the hep end point
    /// E_end gives m4_max = √(2m_eT(E_end/E₀ − 1)); just above it the limit command refuses, just below it fits.
    /// </summary>
    [Fact]
    public void Reach_OfXenonNT_IsSetByHepAtTheTopOfTheWindow()
    {
        PreparedExperiment xenonnt = Joint[0];
        double recoilMeV = 0.030;
        double e0 = RecoilKinematics.MinimumNeutrinoEnergyMeV(recoilMeV, PhysicalConstants.ElectronMassMeV, 0);
        double endpointMeV = xenonnt.Flux.Max(c => c.EndpointMeV);
        double byHand = Math.Sqrt(2 * PhysicalConstants.ElectronMassMeV * recoilMeV * ((endpointMeV / e0) - 1));
        double reach = KinematicReach.MaximumM4MeV(xenonnt);
        Tolerance.AssertRelative(byHand, reach, 1e-12, "reach at T = 30 keV with the hep end point");
        Assert.Throws<ArgumentOutOfRangeException>(() => KinematicReach.Ensure([xenonnt], reach * 1.001));
        KinematicReach.Ensure([xenonnt], reach * 0.999);
        Assert.Contains(xenonnt.DipoleCountsPerMuB2(reach * 0.95, CouplingHypothesis.Universal).SelectMany(c => c), v => v > 0);
    }
}
