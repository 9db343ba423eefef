using DipolePortal.Physics.Detector;
using DipolePortal.Physics.Kinematics;
using DipolePortal.Physics.Nuclear;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Experiments;

/// <summary>
/// The ⁵¹Cr-source projections of seed 001 Sec. 3.4 (Miranda et al., arXiv:2109.09545): CEvNS of the four ν_e lines on
/// cryogenic Si, Ge, Al2O3 and CaWO4 detectors (the proposal of Bellenghi et al., EPJC 79, 727 (2019), arXiv:1905.10611)
/// and ν–e scattering in a ~6 t LXe detector 1 m from the source, setups A, B, C (Link &amp; Xu, JHEP 08 (2019) 004,
/// arXiv:1903.09891). Observed counts are the Asimov expectation; the χ² is the pull form standing in for seed 001
/// Eq. (27): background 20% of the SM counts with a 20% pull, a 20% pull on each ⁵¹Cr line, Δᵢ = √Oᵢ.
/// </summary>
/// <remarks>
/// From seed 001: 5 MCi, the four lines and their strengths (in <see cref="Chromium51"/>), 100 days, Si/Ge/Al2O3/CaWO4,
/// a cylindrical detector, the 1 m LXe distance and ~6 t mass, background and systematic 20%. The source text lost the
/// other numbers and the papers could not be read here; the following are ASSUMPTIONS (docs/validation.md):
/// CEvNS — point source at L = 25 cm, activity averaged over the 100 days (<see cref="Chromium51.MeanActivityMCi"/>);
/// one cylinder, height = diameter = 10 cm (785.4 cm³), filled with each material at its density, so 1.83 kg Si, 4.18 kg Ge,
/// 3.13 kg Al2O3, 4.76 kg CaWO4; threshold 7.5 eV_nr (it must lie below the 17.4 eV end point on ⁷⁰Ge); quenching Y = 1,
/// since the phonon calorimeters measure the total recoil energy; no smearing; 10 linear bins from the threshold to the
/// largest recoil of the 752 keV line on the lightest nucleus of the target. LXe — setups A: 5 MCi for 50 d, B: 5 MCi for
/// 100 d, C: 10 MCi for 100 d; a cylinder h = d = 1.38 m (6.09 t at 2.953 g/cm³); the flux of a point source 1 m away
/// (no average over the volume); 10 bins from 1 keV to the 752 keV Compton-like edge (561 keV); no smearing.
/// The four line pulls are independent (one nuisance per flux component), not one 20% activity pull.
/// </remarks>
public static class Chromium51Projections
{
    /// <summary>Initial activity of the CEvNS source [MCi] (seed 001 Sec. 3.4; Bellenghi et al.).</summary>
    public const double CevnsActivityMCi = 5;

    /// <summary>Length of every ⁵¹Cr CEvNS run [d] (seed 001 Sec. 3.4: 100 days, 3.6 half-lives).</summary>
    public const double CevnsDays = 100;

    /// <summary>Source–detector distance of the CEvNS setup [m] (ASSUMPTION, see remarks).</summary>
    public const double CevnsDistanceM = 0.25;

    /// <summary>Nuclear-recoil threshold of the cryogenic detectors [eV] (ASSUMPTION, see remarks).</summary>
    public const double CevnsThresholdEV = 7.5;

    /// <summary>Volume of the cylindrical detector, h = d = 10 cm [cm³] (ASSUMPTION, see remarks).</summary>
    public const double CevnsVolumeCm3 = Math.PI * 5 * 5 * 10;

    /// <summary>Distance of the LXe detector from the source [m] (seed 001 Sec. 3.4).</summary>
    public const double XenonDistanceM = 1.0;

    /// <summary>LXe mass: cylinder h = d = 1.38 m at 2.953 g/cm³ [t] (seed 001: "about 6 tonnes"; dimensions ASSUMED).</summary>
    public const double XenonMassTonne = Math.PI * 0.69 * 0.69 * 1.38 * 2.953;

    /// <summary>Lowest recoil of the LXe window [MeV] (ASSUMPTION).</summary>
    public const double XenonThresholdMeV = 1e-3;

    /// <summary>Number of bins of every ⁵¹Cr projection (ASSUMPTION: seed 001 lost the number).</summary>
    public const int BinCount = 10;

    /// <summary>Background as a fraction of the SM counts, and the systematic, of seed 001 Eq. (27).</summary>
    public const double TwentyPercent = 0.2;

    private const string SeedCitation = "O. G. Miranda et al., arXiv:2109.09545 (seed 001) Sec. 3.4, Eq. (27)";

    private static readonly Quenching Calorimetric = new ConstantQuenching(1);

    /// <summary>CEvNS on silicon (2.33 g/cm³).</summary>
    public static ExperimentDefinition Silicon { get; } = Cevns("cr51-si", "Si", 2.329);

    /// <summary>CEvNS on germanium (5.323 g/cm³).</summary>
    public static ExperimentDefinition Germanium { get; } = Cevns("cr51-ge", "Ge", 5.323);

    /// <summary>CEvNS on sapphire (3.98 g/cm³).</summary>
    public static ExperimentDefinition Sapphire { get; } = Cevns("cr51-al2o3", "Al2O3", 3.98);

    /// <summary>CEvNS on calcium tungstate (6.06 g/cm³).</summary>
    public static ExperimentDefinition CalciumTungstate { get; } = Cevns("cr51-cawo4", "CaWO4", 6.06);

    /// <summary>⁵¹Cr–LXe setup A: 5 MCi, 50 days (ASSUMED, see remarks).</summary>
    public static ExperimentDefinition XenonA { get; } = Xenon("cr51-lxe-a", "A", 5, 50);

    /// <summary>⁵¹Cr–LXe setup B: 5 MCi, 100 days (ASSUMED, see remarks).</summary>
    public static ExperimentDefinition XenonB { get; } = Xenon("cr51-lxe-b", "B", 5, 100);

    /// <summary>⁵¹Cr–LXe setup C: 10 MCi, 100 days (ASSUMED, see remarks).</summary>
    public static ExperimentDefinition XenonC { get; } = Xenon("cr51-lxe-c", "C", 10, 100);

    /// <summary>Mass of the CEvNS cylinder filled with a material of this density [kg].</summary>
    /// <param name="densityGPerCm3">Density ρ [g cm⁻³].</param>
    public static double CevnsMassKg(double densityGPerCm3) => CevnsVolumeCm3 * densityGPerCm3 / 1000;

    /// <summary>The largest recoil T_max = 2E²/(M + 2E) of the 752 keV line on the lightest nucleus of a material [MeV].</summary>
    /// <param name="material">Target material name (<see cref="TargetCatalog"/>).</param>
    public static double MaximumNuclearRecoilMeV(string material) => RecoilKinematics.MaximumRecoilMeV(
        Chromium51.LineEnergiesMeV.Max(), TargetCatalog.Find(material).Constituents.Min(c => c.Nucleus.MassMeV), 0);

    private static ExperimentDefinition Cevns(string id, string material, double densityGPerCm3)
    {
        double massKg = CevnsMassKg(densityGPerCm3);
        double thresholdMeV = CevnsThresholdEV * 1e-6;
        double topMeV = MaximumNuclearRecoilMeV(material);
        return new ExperimentDefinition
        {
            Id = id,
            Title = $"⁵¹Cr CEvNS (projection): {material}, {massKg:F2} kg, 5 MCi at 25 cm, 100 d, 7.5 eV_nr",
            Citation = $"{SeedCitation}; C. Bellenghi et al., EPJC 79, 727 (2019), arXiv:1905.10611",
            Availability = DataAvailability.Projection,
            DataFolder = "(projection: no data file)",
            ExposureTonneYear = massKg / 1000 * CevnsDays * 86400 / PhysicalConstants.SecondsPerYear,
            TargetMaterial = material,
            NuclearRecoilQuenching = Calorimetric,
            Resolution = GaussianResolution.FromMeV(0, 0),
            Chi2Form = Chi2Form.GaussianPull,
            Flux = () => Chromium51.Lines(
                Chromium51.MeanActivityMCi(CevnsActivityMCi, TimeSpan.FromDays(CevnsDays)), CevnsDistanceM, TwentyPercent),
            LoadData = () => Projection(thresholdMeV, topMeV),
            BackgroundRelativeUncertainty = TwentyPercent,
            BackgroundFractionOfStandardModel = TwentyPercent,
            BackgroundNote = "20% of the SM counts with a 20% pull (seed 001 Eq. (27)).",
            TrueGridMinMeV = thresholdMeV,
            TrueGridMaxMeV = topMeV,
            TrueGridStepMeV = (topMeV - thresholdMeV) / 400,
        };
    }

    private static ExperimentDefinition Xenon(string id, string setup, double activityMCi, double days)
    {
        double topMeV = RecoilKinematics.MaximumRecoilMeV(Chromium51.LineEnergiesMeV.Max(), PhysicalConstants.ElectronMassMeV, 0);
        return new ExperimentDefinition
        {
            Id = id,
            Title = $"⁵¹Cr–LXe setup {setup} (projection): {XenonMassTonne:F2} t Xe, {activityMCi} MCi at 1 m, {days} d, ν–e",
            Citation = $"{SeedCitation}; J. M. Link and X.-J. Xu, JHEP 08, 004 (2019), arXiv:1903.09891",
            Availability = DataAvailability.Projection,
            DataFolder = "(projection: no data file)",
            ExposureTonneYear = XenonMassTonne * days * 86400 / PhysicalConstants.SecondsPerYear,
            TargetMaterial = "Xe",
            Resolution = GaussianResolution.FromMeV(0, 0),
            Chi2Form = Chi2Form.GaussianPull,
            Flux = () => Chromium51.Lines(Chromium51.MeanActivityMCi(activityMCi, TimeSpan.FromDays(days)), XenonDistanceM, TwentyPercent),
            LoadData = () => Projection(XenonThresholdMeV, topMeV),
            BackgroundRelativeUncertainty = TwentyPercent,
            BackgroundFractionOfStandardModel = TwentyPercent,
            BackgroundNote = "20% of the SM counts with a 20% pull (seed 001 Eq. (27)).",
            TrueGridMinMeV = XenonThresholdMeV,
            TrueGridMaxMeV = 0.6,
            TrueGridStepMeV = 0.5e-3,
        };
    }

    /// <summary>The bins of a ⁵¹Cr projection; its background (20% of SM) is added by the declaration, none here.</summary>
    private static ExperimentData Projection(double lowMeV, double highMeV) =>
        ExperimentData.IdealProjection(lowMeV, highMeV, BinCount, (_, _) => 0);
}
