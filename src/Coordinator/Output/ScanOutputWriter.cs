using DipolePortal.Coordinator.Aggregation;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Coordinator.Plots;
using DipolePortal.Messages;

namespace DipolePortal.Coordinator.Output;

/// <summary>Writes a scan's tables into OUT/SCAN/, each file atomically; the scan name cannot leave OUT.</summary>
internal static class ScanOutputWriter
{
    /// <summary>The folder a scan's files go to, checked to lie inside <paramref name="outDirectory"/>.</summary>
    public static string Folder(string outDirectory, string scanName)
    {
        if (!ScanNames.IsValidScanId(scanName))
        {
            throw new UserInputException($"scan name '{scanName}' is not allowed: use letters, digits, '-' and '_'");
        }

        string root = Path.GetFullPath(outDirectory);
        string folder = Path.GetFullPath(Path.Combine(root, scanName));
        if (!folder.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new UserInputException($"scan name '{scanName}' would write outside {root}");
        }

        return folder;
    }

    /// <summary>Writes every table of <paramref name="aggregator"/>; returns the folder.</summary>
    public static string Write(string outDirectory, Aggregator aggregator)
    {
        string folder = Folder(outDirectory, aggregator.Spec.Name);
        var files = ScanTables.Build(aggregator);
        foreach (var (name, contents) in files)
        {
            AtomicFile.WriteAllText(Path.Combine(folder, name), contents);
        }

        // A plot this run does not draw (too few or too many m4 points), or expected limits of an earlier spec with
        // pseudo-experiments (a plot of the folder would draw them), must not survive from an earlier run.
        foreach (string stale in Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>()
                     .Where(f => (ScanFigures.IsOptional(f) || f == ScanResultsReader.ExpectedFile) && !files.ContainsKey(f)).ToList())
        {
            File.Delete(Path.Combine(folder, stale));
        }

        return folder;
    }
}
