using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Oscillation;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Tests.Analysis;

/// <summary>
/// The Λ_i4 hypotheses nu1, nu2, nu3 (seed 001 Sec. 2.1). The dipole cross section does not depend on which state
/// scatters, and Σᵢ Pᵢ = 1 = Σ_ℓ P_ℓ at every node, so the nu1 + nu2 + nu3 dipole counts are the universal counts,
/// exactly (up to round-off) — on the electron fast path (XENONnT), the nuclear path (cdex-nextgen) and π-DAR (COHERENT).
/// </summary>
public class MassBasisHypothesisTests
{
    private static readonly CouplingHypothesis[] MassStates =
        [CouplingHypothesis.MassState1, CouplingHypothesis.MassState2, CouplingHypothesis.MassState3];

    [Theory]
    [InlineData("xenonnt", 0.01)]
    [InlineData("xenonnt", 0.3)]
    [InlineData("cdex-nextgen", 0.01)]
    [InlineData("coherent-csi", 0.01)]
    public void DipoleCounts_SummedOverMassStates_EqualUniversal(string id, double m4MeV)
    {
        PreparedExperiment experiment = PreparedExperimentCache.Get([id], BindingModel.FreeElectron)[0];
        double[][] universal = experiment.DipoleCountsPerMuB2(m4MeV, CouplingHypothesis.Universal);
        double[][][] perState = [.. MassStates.Select(h => experiment.DipoleCountsPerMuB2(m4MeV, h))];
        double total = universal.Sum(c => c.Sum());
        Assert.True(total > 0, $"{id}: no dipole signal at m4 = {m4MeV} MeV");
        for (int c = 0; c < universal.Length; c++)
        {
            for (int k = 0; k < universal[c].Length; k++)
            {
                double sum = perState.Sum(s => s[c][k]);
                Assert.True(Math.Abs(sum - universal[c][k]) <= 1e-12 * Math.Max(universal[c][k], total * 1e-3),
                    $"{id} component {c} bin {k}: Σᵢ nuᵢ = {sum:R}, universal = {universal[c][k]:R}");
            }
        }
    }

    [Fact]
    public void CoherentCsI_MassStateCounts_AreRowModuliTimesFlavorCounts()
    {
        // Short baseline: each π-DAR component is a pure flavor ℓ, so its Λ_i counts are |U_ℓi|² × its counts at weight 1.
        PreparedExperiment experiment = PreparedExperimentCache.Get(["coherent-csi"], BindingModel.FreeElectron)[0];
        double[][] universal = experiment.DipoleCountsPerMuB2(0.01, CouplingHypothesis.Universal);
        double[][] nu1 = experiment.DipoleCountsPerMuB2(0.01, CouplingHypothesis.MassState1);
        var p = OscillationParameters.NuFit53NormalOrdering;
        for (int c = 0; c < experiment.Flux.Count; c++)
        {
            FluxComponent component = experiment.Flux[c];
            NeutrinoFlavor produced = component.ArrivingFlavors[0].Electron == 1 ? NeutrinoFlavor.Electron : NeutrinoFlavor.Muon;
            double weight = MixingMatrix.Row(produced, p).Nu1;
            for (int k = 0; k < nu1[c].Length; k++)
            {
                Assert.Equal(weight * universal[c][k], nu1[c][k], Math.Max(1e-12 * universal[c][k], 1e-300));
            }
        }
    }

    [Fact]
    public void Xenonnt_MassStateLimits_AddUpToUniversal()
    {
        // As FlavorConsistencyTests for flavors: the signal of Λ_i is ⟨Pᵢ⟩ times one shape, Σᵢ⟨Pᵢ⟩ = 1, so
        // 1/Λ_univ² ≈ Σᵢ 1/Λ_i² (2%: the profile is not exactly quadratic, and Pᵢ(E) varies a little across pp/⁷Be).
        IReadOnlyList<PreparedExperiment> xenonnt = PreparedExperimentCache.Get([XenonNT2022.Definition.Id], BindingModel.FreeElectron);
        double Limit(CouplingHypothesis h) => MassPointFit.Fit(xenonnt, h, 0.01, 0.9, []).Limit.MuLimitMuB;
        double universal = Limit(CouplingHypothesis.Universal);
        double[] lambda = [.. MassStates.Select(Limit)];
        Tolerance.AssertRelative(1 / (universal * universal), lambda.Sum(l => 1 / (l * l)), 0.02, "Σᵢ Pᵢ = 1: 1/μ_univ² = Σᵢ 1/Λ_i²");
        Assert.True(lambda[0] < lambda[1] && lambda[1] < lambda[2], "pp/⁷Be arrive mostly as ν₁, then ν₂, rarely ν₃");
    }

    [Fact]
    public void Names_RoundTrip()
    {
        Assert.Equal(CouplingHypothesis.MassState2, CouplingHypotheses.Parse("NU2"));
        Assert.Equal("nu3", CouplingHypothesis.MassState3.Name());
        Assert.True(CouplingHypothesis.MassState1.IsMassBasis());
        Assert.False(CouplingHypothesis.Universal.IsMassBasis());
    }
}
