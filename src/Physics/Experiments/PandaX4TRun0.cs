using System.Collections.Immutable;
using DipolePortal.Physics.Data;
using DipolePortal.Physics.Detector;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Experiments;

/// <summary>
/// PandaX-4T Run0 low-energy electron recoils. No public table of its data is available to us: the experiment is
/// declared in full, and runs from the user's data file; without it, every command that needs it says which file
/// is missing and its format. Observed counts are never invented.
/// </summary>
public static class PandaX4TRun0
{
    /// <summary>The environment variable naming a folder of user-supplied data files.</summary>
    public const string UserDataVariable = "DIPOLE_USER_DATA";

    /// <summary>The file name looked for in that folder (or in ./user-data/).</summary>
    public const string FileName = "pandax4t_run0.csv";

    /// <summary>The expected format, as printed when the file is missing.</summary>
    public const string ExpectedFormat =
        "CSV, '#' comment lines allowed, one row per contiguous bin: bin_low_keV, bin_high_keV, observed_counts, " +
        "background_counts (published best-fit total, solar ν included), efficiency (total, 0–1, at the bin centre)";

    /// <summary>The declaration.</summary>
    public static ExperimentDefinition Definition { get; } = new()
    {
        Id = "pandax4t-run0",
        Title = "PandaX-4T Run0 electron recoils (needs the user's data file)",
        Citation = "X. Zeng et al. (PandaX), Phys. Rev. Lett. 134, 041001 (2025), arXiv:2408.07641, doi:10.1103/PhysRevLett.134.041001",
        Availability = DataAvailability.UserFile,
        DataFolder = FileName,
        // Run0 + Run1 = 1.54 t·yr (arXiv:2408.07641 abstract) with Run1 = 1.00 t·yr: Run0 = 0.54 t·yr (data/pandax4t_run1_2024/README.md).
        ExposureTonneYear = 0.54,
        TargetMaterial = "Xe",
        Resolution = GaussianResolution.PandaX4TRun1Approximate,
        Flux = () => StandardSolarFlux.Components,
        LoadData = Load,
        BackgroundRelativeUncertainty = 0.062,
        BackgroundNote = "The user's background column is the published total (solar ν included); the non-ν background is " +
                         "that total minus our own SM solar-ν prediction.",
    };

    /// <summary>Where the user's file is looked for: $DIPOLE_USER_DATA/pandax4t_run0.csv, else ./user-data/pandax4t_run0.csv.</summary>
    public static string ExpectedPath()
    {
        string? folder = Environment.GetEnvironmentVariable(UserDataVariable);
        return Path.Combine(string.IsNullOrWhiteSpace(folder) ? "user-data" : folder, FileName);
    }

    private static ExperimentData Load()
    {
        string path = ExpectedPath();
        if (!File.Exists(path))
        {
            throw new MissingDataFileException(
                $"pandax4t-run0 needs its data file, which is not public: put it at {path} (or set {UserDataVariable} to its folder); format: {ExpectedFormat}");
        }

        var rows = TableReader.ReadFile(path);
        if (rows.Count == 0 || rows[0].Length < 5)
        {
            throw new FormatException($"{path}: expected 5 columns ({ExpectedFormat})");
        }

        var observed = BinnedTable.FromRows(rows, 2, path);
        var background = BinnedTable.FromRows(rows, 3, path);
        double[] centresMeV = rows.Select(r => 0.5 * (r[0] + r[1]) * PhysicalConstants.MeVPerKeV).ToArray();
        double[] efficiency = rows.Select(r => r[4]).ToArray();
        return new ExperimentData
        {
            BinEdgesMeV = observed.BinEdgesMeV,
            ObservedCounts = observed.Values,
            PublishedBackgroundCounts = background.Values,
            Efficiency = new Efficiency(centresMeV, efficiency, EfficiencyOutsideTable.Clamp),
        };
    }
}
