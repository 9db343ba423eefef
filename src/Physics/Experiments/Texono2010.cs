using DipolePortal.Physics.Data;
using DipolePortal.Physics.Detector;
using DipolePortal.Physics.Shining;
using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Experiments;

/// <summary>
/// TEXONO ν̄_e–e scattering on 187 kg of CsI(Tl) at the Kuo-Sheng reactor (M. Deniz et al., PRD 81, 072001 (2010),
/// arXiv:0911.1597), fitted as seed 001 Sec. 3.3 does: the Reactor ON − OFF residual rate in 10 bins from 3 to 8 MeV,
/// with its published per-bin errors, in the Gaussian χ² of seed 001 Eq. (26) with one pull on the flux normalization.
/// The table is not bundled: the experiment runs from the user's file, and observed rates are never invented.
/// </summary>
/// <remarks>
/// Numbers taken from arXiv:0911.1597 (abstract): 187 kg CsI(Tl); average reactor ν̄_e flux 6.4×10¹² cm⁻² s⁻¹;
/// 29882 kg·day of Reactor ON data; ξ = 1.08 ± 0.21(stat) ± 0.16(sys); μ_ν̄e &lt; 2.2×10⁻¹⁰ μ_B (90% CL). Kuo-Sheng:
/// 2.9 GW_th core, laboratory 28 m from core #1 (H. T. Wong et al. (TEXONO), arXiv:hep-ex/0311001, Sec. 2).
/// What is ours (seed 001 states neither): an ideal response (efficiency 1, no smearing) since the residual rates are
/// quoted per unit measured energy; the flux pull σ = 0.16/1.08 = 0.148, TEXONO's systematic on ξ; and the spectral
/// shape of <see cref="ReactorAntineutrinos"/> with typical fission fractions, scaled to the quoted total flux.
/// </remarks>
public static class Texono2010
{
    /// <summary>The file name looked for in $DIPOLE_USER_DATA (or ./user-data/).</summary>
    public const string FileName = "texono_2010.csv";

    /// <summary>The expected format, as printed when the file is missing.</summary>
    public const string ExpectedFormat =
        "CSV, '#' comment lines allowed, one row per contiguous bin (10 bins, 3–8 MeV): bin_low_MeV, bin_high_MeV, " +
        "residual_rate (Reactor ON − OFF, events/(kg·day·MeV)), rate_uncertainty (1σ, events/(kg·day·MeV)); arXiv:0911.1597";

    /// <summary>Average ν̄_e flux at the CsI(Tl) array Φ [cm⁻² s⁻¹] (arXiv:0911.1597, abstract).</summary>
    public const double QuotedFluxPerCm2PerS = 6.4e12;

    /// <summary>Reactor ON exposure [kg·day] (arXiv:0911.1597, abstract).</summary>
    public const double ExposureKgDay = 29882;

    /// <summary>The Kuo-Sheng core #1 seen from the laboratory: 2.9 GW_th at 28 m (arXiv:hep-ex/0311001, Sec. 2).</summary>
    public static ReactorSpec KuoShengCore { get; } = new(2900, 28, NucleusSetup.TypicalPwrFissionFractions, 0.16 / 1.08);

    /// <summary>The declaration.</summary>
    public static ExperimentDefinition Definition { get; } = new()
    {
        Id = "texono",
        Title = "TEXONO CsI(Tl) reactor ν̄_e–e, 3–8 MeV (needs the user's data file)",
        Citation = "M. Deniz et al. (TEXONO), Phys. Rev. D 81, 072001 (2010), arXiv:0911.1597, doi:10.1103/PhysRevD.81.072001",
        Availability = DataAvailability.UserFile,
        DataFolder = FileName,
        ExposureTonneYear = ExposureKgDay / 1000 * 86400 / PhysicalConstants.SecondsPerYear,
        TargetMaterial = "CsI",
        Resolution = GaussianResolution.FromMeV(0, 0),
        Chi2Form = Chi2Form.GaussianPull,
        Flux = () => [Flux()],
        LoadData = Load,
        BackgroundRelativeUncertainty = 0,
        BackgroundNote = "None: the data are the Reactor ON − OFF residual, background subtracted by TEXONO.",
        // A sharp response needs nodes exactly on the 0.5 MeV bin edges: 2.5 + i/128 MeV is exact in binary. Starting below
        // 3 MeV gives the node at 3 MeV its full trapezoid weight.
        TrueGridMinMeV = 2.5,
        TrueGridMaxMeV = 8.0,
        TrueGridStepMeV = 1.0 / 128,
    };

    /// <summary>
    /// The reactor ν̄_e flux at the detector: the Huber–Mueller/Vogel–Engel shape of <see cref="ReactorAntineutrinos"/>,
    /// normalized to TEXONO's quoted total <see cref="QuotedFluxPerCm2PerS"/> (as seed 001 Sec. 3.3 does).
    /// </summary>
    public static FluxComponent Flux() =>
        ReactorAntineutrinos.Flux(KuoShengCore) with { TotalFluxPerCm2PerS = QuotedFluxPerCm2PerS };

    /// <summary>Where the user's file is looked for: $DIPOLE_USER_DATA/texono_2010.csv, else ./user-data/texono_2010.csv.</summary>
    public static string ExpectedPath()
    {
        string? folder = Environment.GetEnvironmentVariable(PandaX4TRun0.UserDataVariable);
        return Path.Combine(string.IsNullOrWhiteSpace(folder) ? "user-data" : folder, FileName);
    }

    /// <summary>Reads the user's file; rates R [events/(kg·day·MeV)] become counts R × exposure [kg·day] × bin width [MeV].</summary>
    private static ExperimentData Load()
    {
        string path = ExpectedPath();
        if (!File.Exists(path))
        {
            throw new MissingDataFileException(
                $"texono needs its data file, which is not bundled: put it at {path} (or set {PandaX4TRun0.UserDataVariable} to its folder); format: {ExpectedFormat}");
        }

        var rows = TableReader.ReadFile(path);
        if (rows.Count == 0 || rows.Any(r => r.Length < 4))
        {
            throw new FormatException($"{path}: expected 4 columns ({ExpectedFormat})");
        }

        // BinnedTable reads its edges in keV.
        var inKeV = rows.Select(r => new[] { r[0] / PhysicalConstants.MeVPerKeV, r[1] / PhysicalConstants.MeVPerKeV, r[2], r[3] }).ToList();
        var rate = BinnedTable.FromRows(inKeV, 2, path);
        var uncertainty = BinnedTable.FromRows(inKeV, 3, path);
        double[] kgDayMeV = [.. rows.Select(r => ExposureKgDay * (r[1] - r[0]))];
        return new ExperimentData
        {
            BinEdgesMeV = rate.BinEdgesMeV,
            ObservedCounts = [.. rate.Values.Select((v, k) => v * kgDayMeV[k])],
            ObservedUncertainties = [.. uncertainty.Values.Select((v, k) => v * kgDayMeV[k])],
            PublishedBackgroundCounts = [.. new double[rows.Count]],
            BackgroundIncludesStandardModel = false,
            Efficiency = Efficiency.Constant(1),
        };
    }
}
