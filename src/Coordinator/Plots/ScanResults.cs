namespace DipolePortal.Coordinator.Plots;

/// <summary>
/// A scan's outputs as read back from its files (limits_1dof.csv, contour_2dof.csv, profiles.csv, expected_1dof.csv, summary.json):
/// what the plots and the HEPData tables are drawn from, whether the files come from a folder or from the store.
/// </summary>
/// <param name="Scan">Scan name.</param>
/// <param name="Cl">Confidence level of the limits (0.9 when summary.json is absent).</param>
/// <param name="Limits">1-dof limits in file order.</param>
/// <param name="Contour">2-dof contour points in file order.</param>
/// <param name="Profiles">Profile rows in file order; empty when profiles.csv was not read.</param>
/// <param name="Experiments">The experiments of the scan with their citations; empty when summary.json is absent.</param>
internal sealed record ScanResults(
    string Scan,
    double Cl,
    IReadOnlyList<LimitRow> Limits,
    IReadOnlyList<ContourRow> Contour,
    IReadOnlyList<ProfileRow> Profiles,
    IReadOnlyList<ExperimentCitation> Experiments)
{
    /// <summary>Expected-limit rows (expected_1dof.csv) in file order; empty when the scan ran no pseudo-experiments.</summary>
    public IReadOnlyList<ExpectedRow> Expected { get; init; } = [];

    /// <summary>The (experiment set, flavor) fits in the order the files list them.</summary>
    public IReadOnlyList<(string Set, string Flavor)> Fits() =>
        Limits.Select(r => (r.ExperimentSet, r.Flavor)).Distinct().ToList();

    /// <summary>The distinct m4 values of the limits, ascending [MeV].</summary>
    public IReadOnlyList<double> M4ValuesMeV() => Limits.Select(r => r.M4MeV).Distinct().Order().ToList();

    /// <summary>Keeps only the given flavors (all when <paramref name="flavors"/> is empty).</summary>
    public ScanResults WithFlavors(IReadOnlyCollection<string> flavors) => flavors.Count == 0
        ? this
        : this with
        {
            Limits = [.. Limits.Where(r => flavors.Contains(r.Flavor))],
            Contour = [.. Contour.Where(r => flavors.Contains(r.Flavor))],
            Profiles = [.. Profiles.Where(r => flavors.Contains(r.Flavor))],
            Expected = [.. Expected.Where(r => flavors.Contains(r.Flavor))],
        };
}
