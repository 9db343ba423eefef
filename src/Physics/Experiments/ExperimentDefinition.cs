using DipolePortal.Physics.Detector;
using DipolePortal.Physics.Sources;

namespace DipolePortal.Physics.Experiments;

/// <summary>
/// One experiment, declared once: its publication, exposure, detector response, neutrino source, data tables and
/// background treatment. A new experiment is one data/ folder plus one such declaration in <see cref="ExperimentRegistry"/>.
/// Electron recoils (seed 002 Eq. (5)) or, with <see cref="NuclearRecoilQuenching"/>, nuclear recoils (CEvNS) seen in
/// electron-equivalent energy (seed 003 Eqs. (6)–(10)); binned in reconstructed energy.
/// </summary>
public sealed record ExperimentDefinition
{
    /// <summary>Identifier used on the command line and in scan specs (e.g. "xenonnt").</summary>
    public required string Id { get; init; }

    /// <summary>Human title (e.g. "XENONnT SR0 electron recoils").</summary>
    public required string Title { get; init; }

    /// <summary>The publication the data and response come from, with arXiv id and doi.</summary>
    public required string Citation { get; init; }

    /// <summary>Where the observed counts come from.</summary>
    public required DataAvailability Availability { get; init; }

    /// <summary>The data/ folder holding the tables (or, for user files, the expected file name).</summary>
    public required string DataFolder { get; init; }

    /// <summary>Exposure ε [tonne·year] (seed 002 Eq. (5)).</summary>
    public required double ExposureTonneYear { get; init; }

    /// <summary>Target material name understood by <see cref="Nuclear.TargetCatalog"/> (e.g. "Xe").</summary>
    public required string TargetMaterial { get; init; }

    /// <summary>
    /// Null for electron recoils. For nuclear recoils, the quenching Y(T_nr) that turns a nuclear recoil T_nr into the
    /// electron-equivalent energy T_ee = Y T_nr the bins are measured in (seed 003 Eq. (9)); the true-recoil grid is then in T_nr.
    /// </summary>
    public Quenching? NuclearRecoilQuenching { get; init; }

    /// <summary>Gaussian energy resolution σ of the reconstructed energy (electron-equivalent for nuclear recoils).</summary>
    public required GaussianResolution Resolution { get; init; }

    /// <summary>The χ² the experiment is fitted with; experiments fitted jointly must share it.</summary>
    public Chi2Form Chi2Form { get; init; } = Chi2Form.Poisson;

    /// <summary>The neutrino flux at the detector (e.g. B16-GS98 solar with oscillations).</summary>
    public required Func<IReadOnlyList<FluxComponent>> Flux { get; init; }

    /// <summary>
    /// Loads the data tables; throws <see cref="MissingDataFileException"/> when a user file is needed and absent. A
    /// projection's tables hold no observed counts: its "data" are the Asimov expectation, SM plus backgrounds.
    /// </summary>
    public required Func<ExperimentData> LoadData { get; init; }

    /// <summary>
    /// σ_β of the non-neutrino background normalization: the published total background minus our own
    /// Standard-Model solar-ν prediction (so that solar ν are counted once, with flux nuisances).
    /// </summary>
    public required double BackgroundRelativeUncertainty { get; init; }

    /// <summary>
    /// Non-ν background expressed as a fraction f of the experiment's own Standard-Model counts, added bin by bin to the
    /// published background (seed 001 Eq. (27): a fixed background of 20% of the SM rate, f = 0.2); 0 for none.
    /// </summary>
    public double BackgroundFractionOfStandardModel { get; init; }

    /// <summary>
    /// Optional 1σ fractional uncertainty of the detection efficiency (seed 001 Sec. 3.1: 3% for XENON1T), applied to
    /// this experiment's dipole signal (the SM ν counts move with the flux and background nuisances); 0 for none.
    /// </summary>
    public double EfficiencyRelativeUncertainty { get; init; }

    /// <summary>How this experiment's published background is used, for docs and <c>dipole experiments</c>.</summary>
    public required string BackgroundNote { get; init; }

    /// <summary>True if the recoil is nuclear (CEvNS), false for electron recoils.</summary>
    public bool IsNuclearRecoil => NuclearRecoilQuenching is not null;

    /// <summary>Lowest true recoil energy of the response's integration grid [MeV] (T_nr for nuclear recoils).</summary>
    public double TrueGridMinMeV { get; init; } = 0.1e-3;

    /// <summary>Highest true recoil energy of the response's integration grid [MeV]; ≥ 5σ above the last bin edge.</summary>
    public double TrueGridMaxMeV { get; init; } = 40e-3;

    /// <summary>Spacing of the true-recoil grid [MeV]; ≤ σ/4 at the lowest bin edge.</summary>
    public double TrueGridStepMeV { get; init; } = 0.05e-3;

    /// <summary>The uniform true-recoil grid from <see cref="TrueGridMinMeV"/> to <see cref="TrueGridMaxMeV"/> [MeV].</summary>
    public double[] UniformTrueGridMeV()
    {
        int count = (int)Math.Round((TrueGridMaxMeV - TrueGridMinMeV) / TrueGridStepMeV) + 1;
        return [.. Enumerable.Range(0, count).Select(i => TrueGridMinMeV + (i * TrueGridStepMeV))];
    }
}
