using DipolePortal.Coordinator.Output;

namespace DipolePortal.Coordinator.Plots;

/// <summary>
/// The files of a scan drawn from its tables: exclusion.svg (when a fit has two m4 points to join), one
/// exclusion-FLAVOR.svg per flavor when the scan has several flavors and several experiment sets or expected bands (drawn
/// on a plot of one fit only), profiles.svg (at most
/// <see cref="ProfilePlot.MaxM4PointsForScanOutput"/> m4 points) and the HEPData YAML tables. They are read back from
/// the table texts, so a plot of a results folder and the plot a scan writes are one and the same.
/// </summary>
internal static class ScanFigures
{
    public const string ExclusionFile = "exclusion.svg";
    public const string ProfilesFile = "profiles.svg";

    /// <summary>True for the plots a scan writes only when its results allow them (stale ones are deleted).</summary>
    public static bool IsOptional(string fileName) =>
        fileName == ProfilesFile ||
        (fileName.StartsWith("exclusion", StringComparison.Ordinal) && fileName.EndsWith(".svg", StringComparison.Ordinal));

    /// <summary>
    /// The per-flavor exclusion plot of a scan with several flavors and several experiment sets (cf. seed 000 Figs. 6–10)
    /// or expected bands.
    /// </summary>
    public static string FlavorExclusionFile(string flavor) => $"exclusion-{flavor}.svg";

    /// <summary>
    /// Builds the figure and HEPData files from the table texts (file name → contents) other than profiles.csv, which
    /// <paramref name="profilesCsv"/> gives: millions of rows in a long scan, it is asked for and parsed only for the
    /// profile plot of a scan of few m4 points.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Build(IReadOnlyDictionary<string, string> tables, Func<string> profilesCsv, string scanName)
    {
        ScanResults results = ScanResultsReader.Read(tables, scanName);
        var files = new Dictionary<string, string>
        {
            [HepDataWriter.LimitsFile] = HepDataWriter.Limits1Dof(results),
            [HepDataWriter.ContourFile] = HepDataWriter.Contour2Dof(results),
        };
        if (ExclusionPlot.HasLimits(results))
        {
            files[ExclusionFile] = ExclusionPlot.Build(results).ToSvg();
        }

        var fits = results.Fits();
        string[] flavors = [.. fits.Select(f => f.Flavor).Distinct()];
        if (flavors.Length > 1 && (fits.Select(f => f.Set).Distinct().Count() > 1 || results.Expected.Count > 0))
        {
            foreach (string flavor in flavors)
            {
                ScanResults panel = results.WithFlavors([flavor]);
                if (ExclusionPlot.HasLimits(panel))
                {
                    files[FlavorExclusionFile(flavor)] = ExclusionPlot.Build(panel).ToSvg();
                }
            }
        }

        if (results.M4ValuesMeV().Count <= ProfilePlot.MaxM4PointsForScanOutput && ScanResultsReader.Profiles(profilesCsv()) is { Count: > 0 } rows)
        {
            files[ProfilesFile] = ProfilePlot.Build(results with { Profiles = rows }).ToSvg();
        }

        return files;
    }
}
