using DipolePortal.Physics.Data;
using DipolePortal.Physics.Detector;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Experiments;

/// <summary>
/// CENNS-750 (projection): the tonne-scale COHERENT liquid-argon detector at the SNS of seed 001 Sec. 4 — 610 kg fiducial,
/// 3 years — seen through the CENNS-10 Analysis A response of the official release (<see cref="CoherentLAr2020"/>).
/// Observed counts are the Asimov expectation (SM CEvNS + background).
/// </summary>
/// <remarks>
/// From seed 001: 610 kg fiducial, 3 years, π-DAR at the SNS, backgrounds "from the estimations of Ref. [30]" (Miranda,
/// Papoulias, Sanders, Tórtola, Valle, PRD 102, 113014 (2020), arXiv:2008.02759). Neither Ref. [30] nor the CENNS-750
/// proposal (COHERENT, arXiv:1803.09183) could be read here (the search tool found only abstracts), so everything else
/// is an ASSUMPTION (docs/validation.md, data/coherent_lar_2020/README.md):
/// response — the CENNS-10 Analysis A values of the release: L = 27.5 m, r = 0.09 ± 0.009 ν per flavor per proton,
/// Y(T_nr) = 0.246 + 7.8×10⁻⁴ T_nr/keV, σ/E = 0.58/√(E/keV_ee), the official acceptance, 12 bins of 10 keV_ee from 0 to
/// 120 keV_ee (so no threshold beyond the acceptance's own); beam — 7 GWh per year (1.4 MW × 5000 h), converted with the
/// release's own 13.8×10²² POT per 6.12 GWh, i.e. 1.578×10²³ POT per year; background — the CENNS-10 predicted
/// steady-state + prompt + delayed BRN spectrum (3682 events on 24.4 kg and 13.8×10²² POT) scaled by mass × POT
/// (× 85.78), so per bin it is the CENNS-10 background per kg per POT, not Ref. [30]'s estimate.
/// χ²: Gaussian pull (seed 001 Eq. (25), as coherent-lar) on Asimov data with Δᵢ = √Oᵢ; one 10% pull per π-DAR
/// component (the r uncertainty of the release, not yet reduced by the planned D2O flux detector), one 4.5% pull on the
/// background: the release's prior (SS ±0.8%, prompt BRN ±32%, delayed BRN ±100%, in quadrature on the total) — the BRN
/// parts are systematic and do not shrink with exposure, and they dominate.
/// </remarks>
public static class Cenns750Projection
{
    /// <summary>Fiducial argon mass [tonne] (seed 001 Sec. 4: 610 kg).</summary>
    public const double FiducialMassTonne = 0.610;

    /// <summary>Years of data taking (seed 001 Sec. 4: 3 years).</summary>
    public const double RunYears = 3;

    /// <summary>Beam energy on target per year [GWh] (ASSUMPTION: 1.4 MW × 5000 h).</summary>
    public const double BeamGWhPerYear = 7.0;

    /// <summary>Protons per GWh of beam [dimensionless] (release: 13.8×10²² POT in 6.12 GWh).</summary>
    public const double ProtonsPerGWh = CoherentLAr2020.ProtonsOnTarget / 6.12;

    /// <summary>Protons on target per year [dimensionless] (ASSUMPTION, 1.578×10²³).</summary>
    public const double ProtonsOnTargetPerYear = BeamGWhPerYear * ProtonsPerGWh;

    /// <summary>Protons on target in the whole run [dimensionless].</summary>
    public const double ProtonsOnTarget = RunYears * ProtonsOnTargetPerYear;

    /// <summary>
    /// mass × POT of this projection over that of CENNS-10 Analysis A [dimensionless] (85.78): the factor on the CENNS-10
    /// background, and on the SM counts since the response, baseline and r are the same.
    /// </summary>
    public const double ScaleOverCenns10 =
        FiducialMassTonne / CoherentLAr2020.FiducialMassTonne * (ProtonsOnTarget / CoherentLAr2020.ProtonsOnTarget);

    /// <summary>Relative background normalization uncertainty (release priors in quadrature, as coherent-lar).</summary>
    public const double BackgroundRelativeUncertainty = 0.045;

    private const string Folder = "coherent_lar_2020";

    /// <summary>The declaration.</summary>
    public static ExperimentDefinition Definition { get; } = CoherentLAr2020.Definition with
    {
        Id = "cenns750",
        Title = "CENNS-750 LAr (projection): 610 kg × 3 yr at the SNS, CENNS-10 Analysis A response, 0–120 keV_ee",
        Citation = "O. G. Miranda et al., arXiv:2109.09545 (seed 001) Sec. 4; COHERENT, arXiv:1803.09183 (CENNS-750); " +
                   "response and background shape: COHERENT CENNS-10 release arXiv:2006.12659, doi:10.5281/zenodo.3903810",
        Availability = DataAvailability.Projection,
        DataFolder = $"{Folder} (projection: CENNS-10 efficiency and background shape)",
        ExposureTonneYear = FiducialMassTonne * RunYears,
        Chi2Form = Chi2Form.GaussianPull,
        Flux = () => PionDecayAtRest.Flux(CoherentLAr2020.NeutrinosPerFlavorPerProton, ProtonsOnTarget, CoherentLAr2020.BaselineM,
            RunYears * PhysicalConstants.SecondsPerYear, 0.10),
        LoadData = Load,
        BackgroundRelativeUncertainty = BackgroundRelativeUncertainty,
        BackgroundNote = "ASSUMED: CENNS-10 steady-state + prompt/delayed BRN (3682 events) × mass × POT (× 85.78), not " +
                         "Ref. [30] of seed 001; one 4.5% pull on the sum.",
    };

    private static ExperimentData Load()
    {
        var background = BinnedTable.Bundled($"{Folder}/background_counts_10keVee.csv", 2);
        return new ExperimentData
        {
            BinEdgesMeV = background.BinEdgesMeV,
            ObservedCounts = [],
            PublishedBackgroundCounts = [.. background.Values.Select(b => b * ScaleOverCenns10)],
            BackgroundIncludesStandardModel = false,
            Efficiency = Efficiency.FromKeVTable(TableReader.ReadBundled($"{Folder}/efficiency.csv"), 0, 2, EfficiencyOutsideTable.Clamp),
        };
    }
}
