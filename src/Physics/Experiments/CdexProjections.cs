using DipolePortal.Physics.Detector;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Nuclear;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Experiments;

/// <summary>
/// The two germanium scenarios of seed 003 (Demirci &amp; Mustamin, doi:10.31526/PHEP.2025.09), solar ⁸B and hep
/// CEvNS, projected: "next-generation" (150 kg·yr, 1 keV_nr threshold) and "future" (1.5 t·yr, 0.1 keV_nr), a flat
/// background of 0.01 events keV⁻¹ kg⁻¹ day⁻¹, the ionization yield of seed 003 Eq. (10), and the pull χ² of Eq. (11)
/// with 20 bins. Observed counts are the Asimov expectation.
/// </summary>
/// <remarks>
/// What seed 003 leaves open, and what we take: the 20 bins are linear in T_ee from the threshold to the largest recoil
/// the hep end point (18.8 MeV) can give on ⁷⁰Ge; an ideal detector (efficiency 1, no smearing: no resolution is given);
/// Δᵢ statistical only, √Oᵢ; one pull per flux (⁸B 12%, hep 30%: the B16-GS98 uncertainties we use in place of
/// BS05(OP)); the background is in keV_ee and carries no pull. Eq. (10) is used at every recoil, as seed 003 does.
/// </remarks>
public static class CdexProjections
{
    /// <summary>Flat background of both scenarios [events keV⁻¹ kg⁻¹ day⁻¹] (seed 003 Sec. 3).</summary>
    public const double BackgroundPerKeVPerKgPerDay = 0.01;

    /// <summary>Number of bins of seed 003 Eq. (11).</summary>
    public const int BinCount = 20;

    /// <summary>The highest solar neutrino energy of the hep spectrum [MeV], which sets the top of the window.</summary>
    private const double HepEndpointMeV = 18.8;

    private const string Citation =
        "M. Demirci and M. F. Mustamin, doi:10.31526/PHEP.2025.09 (2025) (seed 003); CDEX-50 plans: " +
        "X. P. Geng et al. (CDEX), JCAP 07, 009 (2024)";

    private static readonly Quenching Yield = new GermaniumHighIonizationQuenching();

    /// <summary>Next-generation scenario: 150 kg·yr, 1 keV_nr threshold.</summary>
    public static ExperimentDefinition NextGeneration { get; } = Scenario(
        "cdex-nextgen", "CDEX next generation (projection): Ge, 150 kg·yr, 1 keV_nr, solar ⁸B + hep CEvNS", 0.150, 1.0);

    /// <summary>Future scenario: 1.5 t·yr, 0.1 keV_nr threshold.</summary>
    public static ExperimentDefinition Future { get; } = Scenario(
        "cdex-future", "CDEX future (projection): Ge, 1.5 t·yr, 0.1 keV_nr, solar ⁸B + hep CEvNS", 1.5, 0.1);

    private static ExperimentDefinition Scenario(string id, string title, double exposureTonneYear, double thresholdKeVnr)
    {
        double topNuclearMeV = MaximumGermaniumRecoilMeV(HepEndpointMeV);
        return new ExperimentDefinition
        {
            Id = id,
            Title = title,
            Citation = Citation,
            Availability = DataAvailability.Projection,
            DataFolder = "(projection: no data file)",
            ExposureTonneYear = exposureTonneYear,
            TargetMaterial = "Ge",
            NuclearRecoilQuenching = Yield,
            Resolution = GaussianResolution.FromMeV(0, 0),
            Chi2Form = Chi2Form.GaussianPull,
            Flux = SolarBoronAndHep,
            LoadData = () => Projection(exposureTonneYear, thresholdKeVnr * PhysicalConstants.MeVPerKeV, topNuclearMeV),
            BackgroundRelativeUncertainty = 0,
            BackgroundNote = "Flat 0.01 events/(keV_ee kg day), seed 003; no pull on it.",
            TrueGridMinMeV = 0.02 * PhysicalConstants.MeVPerKeV,
            TrueGridMaxMeV = topNuclearMeV,
            TrueGridStepMeV = 0.01 * PhysicalConstants.MeVPerKeV,
        };
    }

    /// <summary>⁸B and hep of B16-GS98: the only solar components that give Ge recoils above 0.1 keV_nr.</summary>
    private static IReadOnlyList<FluxComponent> SolarBoronAndHep() =>
        [.. StandardSolarFlux.Components.Where(c => c.Name is "8B" or "hep")];

    /// <summary>The largest recoil T_max = 2E²/(M + 2E) on the lightest stable germanium isotope, ⁷⁰Ge [MeV].</summary>
    private static double MaximumGermaniumRecoilMeV(double neutrinoEnergyMeV)
    {
        double lightestMeV = TargetCatalog.Find("Ge").Constituents.Min(c => c.Nucleus.MassMeV);
        return RecoilKinematics.MaximumRecoilMeV(neutrinoEnergyMeV, lightestMeV, 0);
    }

    private static ExperimentData Projection(double exposureTonneYear, double thresholdNuclearMeV, double topNuclearMeV)
    {
        double kgDays = exposureTonneYear * 1000 * PhysicalConstants.SecondsPerYear / 86400.0;
        return ExperimentData.IdealProjection(Yield.ElectronEquivalentMeV(thresholdNuclearMeV), Yield.ElectronEquivalentMeV(topNuclearMeV),
            BinCount, (lo, hi) => BackgroundPerKeVPerKgPerDay * kgDays * (hi - lo) / PhysicalConstants.MeVPerKeV);
    }
}
