using DipolePortal.Physics.Data;
using DipolePortal.Physics.Detector;

namespace DipolePortal.Physics.Experiments;

/// <summary>
/// PandaX-4T Run1 low-energy electron recoils, 1–30 keV: digitized spectrum, background and efficiency
/// (data/pandax4t_run1_2024/README.md; these are digitized values, not an official release).
/// </summary>
public static class PandaX4TRun1
{
    private const string Folder = "pandax4t_run1_2024";

    /// <summary>The declaration.</summary>
    public static ExperimentDefinition Definition { get; } = new()
    {
        Id = "pandax4t-run1",
        Title = "PandaX-4T Run1 electron recoils, 1–30 keV (digitized)",
        Citation = "X. Zeng et al. (PandaX), Phys. Rev. Lett. 134, 041001 (2025), arXiv:2408.07641, doi:10.1103/PhysRevLett.134.041001",
        Availability = DataAvailability.Bundled,
        DataFolder = Folder,
        // Run0 + Run1 = 1.54 t·yr (abstract) minus Run0's 0.54 t·yr: see the data README.
        ExposureTonneYear = 1.00,
        TargetMaterial = "Xe",
        Resolution = GaussianResolution.PandaX4TRun1Approximate,
        Flux = () => StandardSolarFlux.Components,
        LoadData = Load,
        // The fitted components' uncertainties (tritium 31.1, ²¹⁴Pb 45.3, ²¹²Pb 23.8, ⁸⁵Kr 58.9, material 7.8, ¹³⁶Xe 4.6,
        // ¹²⁴Xe 1.1, accidental 1.9 counts) added in quadrature, relative to their sum 1366.5: 84.5/1366.5 = 6.2%.
        BackgroundRelativeUncertainty = 0.062,
        BackgroundNote = "The digitized total background contains the solar-ν ER component (72.6 ± 8.1 events); the non-ν " +
                         "background is that total minus our own SM solar-ν prediction.",
    };

    private static ExperimentData Load()
    {
        // The 0–1 keV bin is empty in both tables: the analysis window is 1–30 keV.
        var observed = BinnedTable.Bundled($"{Folder}/observed_counts_1keV.csv", 2, fromKeV: 1.0);
        var background = BinnedTable.BundledOnTheBinsOf(observed, $"{Folder}/background_counts_1keV.csv", 2, fromKeV: 1.0);

        return new ExperimentData
        {
            BinEdgesMeV = observed.BinEdgesMeV,
            ObservedCounts = observed.Values,
            PublishedBackgroundCounts = background.Values,
            Efficiency = Efficiency.FromKeVTable(TableReader.ReadBundled($"{Folder}/efficiency.csv"), 0, 1, EfficiencyOutsideTable.Zero),
        };
    }
}
