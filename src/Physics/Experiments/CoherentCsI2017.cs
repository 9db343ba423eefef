using DipolePortal.Physics.Data;
using DipolePortal.Physics.Detector;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Experiments;

/// <summary>
/// COHERENT CsI[Na] 2017, the first CEvNS observation: SNS π-DAR CEvNS in the 12 bins of 2 PE from 6 to 30 PE of seed 001
/// Sec. 3.2, expressed in keV_ee through the light yield (data/coherent_csi_2017/README.md). Seed 001 Eq. (24).
/// </summary>
/// <remarks>
/// ASSUMED numbers (the partial release we hold has none of them; see the README): 1.76×10²³ POT, L = 19.3 m,
/// r = 0.08 ν per flavor per proton, 14.57 kg (seed 001 Sec. 3.2 gives the mass), light yield 13.348 PE/keV_ee, a constant
/// quenching 8.78% (seed 001 uses the energy-dependent one of its Ref. [54], not available here), photostatistics
/// σ = √PE, i.e. σ/E = 1/√(13.348 E/keV_ee), and the 2017 acceptance sigmoid. χ²: Gaussian pulls (Eq. (24)'s form);
/// observed = beam-on coincidence counts C (t &lt; 6 µs), background = beam-on anticoincidence counts AC (steady state),
/// Δᵢ² = Cᵢ + ACᵢ: the variance of the residual C − AC, which is Eq. (24)'s σ² = N + 2B_ss with N = C − AC; SM CEvNS
/// pulls of 28% (Eq. (24)'s σ_α, as in seed 001 Ref. [55]). The prompt-neutron background B_on and its pull are omitted
/// (no published estimate in our files).
/// </remarks>
public static class CoherentCsI2017
{
    /// <summary>CsI[Na] light yield [PE per keV_ee] (assumed, see README).</summary>
    public const double PhotoelectronsPerKeVee = 13.348;

    private const string Folder = "coherent_csi_2017";

    /// <summary>The declaration.</summary>
    public static ExperimentDefinition Definition { get; } = new()
    {
        Id = "coherent-csi",
        Title = "COHERENT CsI[Na] 2017, SNS π-DAR CEvNS, 6–30 PE",
        Citation = "D. Akimov et al. (COHERENT), Science 357, 1123 (2017), arXiv:1708.01294, doi:10.1126/science.aao0990; " +
                   "data release arXiv:1804.09459, doi:10.5281/zenodo.1228631",
        Availability = DataAvailability.Bundled,
        DataFolder = Folder,
        ExposureTonneYear = 0.01457,
        TargetMaterial = "CsI",
        NuclearRecoilQuenching = new ConstantQuenching(0.0878),
        Resolution = GaussianResolution.FromKeV(1 / Math.Sqrt(PhotoelectronsPerKeVee), 0),
        Chi2Form = Chi2Form.GaussianPull,
        Flux = () => PionDecayAtRest.Flux(0.08, 1.76e23, 19.3, PhysicalConstants.SecondsPerYear, 0.28),
        LoadData = Load,
        BackgroundRelativeUncertainty = 0,
        BackgroundNote = "Beam-on anticoincidence counts (steady state, 405 events at t < 6 µs), their statistical error in Δᵢ; prompt neutrons omitted.",
        TrueGridMinMeV = 1 * PhysicalConstants.MeVPerKeV,
        TrueGridMaxMeV = 50 * PhysicalConstants.MeVPerKeV, // T_max on ¹²⁷I at m_μ/2 is 47 keV_nr
        TrueGridStepMeV = 0.1 * PhysicalConstants.MeVPerKeV,
    };

    private static ExperimentData Load()
    {
        var observed = BinnedTable.Bundled($"{Folder}/observed_counts_2PE.csv", 4);
        var background = BinnedTable.BundledOnTheBinsOf(observed, $"{Folder}/anticoincidence_counts_2PE.csv", 4);

        return new ExperimentData
        {
            BinEdgesMeV = observed.BinEdgesMeV,
            ObservedCounts = observed.Values,
            PublishedBackgroundCounts = background.Values,
            BackgroundIncludesStandardModel = false,
            ObservedUncertainties = [.. observed.Values.Zip(background.Values, (c, ac) => Math.Sqrt(Math.Max(c + ac, 1)))],
            Efficiency = Efficiency.FromKeVTable(TableReader.ReadBundled($"{Folder}/efficiency.csv"), 0, 2, EfficiencyOutsideTable.Clamp),
        };
    }
}
