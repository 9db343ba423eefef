using DipolePortal.Coordinator.Output;

namespace DipolePortal.Coordinator.Plots;

/// <summary>
/// The files of a scan drawn from its tables: exclusion.svg (when a fit has two m4 points to join), profiles.svg (at most
/// <see cref="ProfilePlot.MaxM4PointsForScanOutput"/> m4 points) and the HEPData YAML tables. They are read back from
/// the table texts, so a plot of a results folder and the plot a scan writes are one and the same.
/// </summary>
internal static class ScanFigures
{
    public const string ExclusionFile = "exclusion.svg";
    public const string ProfilesFile = "profiles.svg";

    /// <summary>The files a scan writes only when its results allow them.</summary>
    public static readonly string[] OptionalFiles = [ExclusionFile, ProfilesFile];

    /// <summary>Builds the figure and HEPData files from the table texts (file name → contents).</summary>
    public static IReadOnlyDictionary<string, string> Build(IReadOnlyDictionary<string, string> tables, string scanName)
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

        if (results.Profiles.Count > 0 && results.M4ValuesMeV().Count <= ProfilePlot.MaxM4PointsForScanOutput)
        {
            files[ProfilesFile] = ProfilePlot.Build(results).ToSvg();
        }

        return files;
    }
}
