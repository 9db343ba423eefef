using DipolePortal.Coordinator.Aggregation;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Messages;
using DipolePortal.Worker.Store;

namespace DipolePortal.Coordinator.Plots;

/// <summary>
/// Where <c>dipole plot</c> takes a scan's results from: a results folder OUT/SCAN/ when one exists at that path,
/// otherwise the scan of that name in the store, aggregated as <c>dipole export</c> does (also while it runs).
/// </summary>
internal static class ScanResultsSource
{
    public static async Task<ScanResults> ReadAsync(string source, string storeUri, bool withProfiles, CancellationToken ct)
    {
        if (Directory.Exists(source))
        {
            return ScanResultsReader.ReadFolder(source, withProfiles);
        }

        if (!ScanNames.IsValidScanId(source))
        {
            throw new UserInputException($"results folder {source} does not exist; " +
                $"give OUT/SCAN/ as written by `dipole scan` or a scan name");
        }

        await using IShardStore store = await StoreOption.OpenAsync(storeUri, null, ct);
        var scans = await store.ListScansAsync(ct);
        ScanInfo info = scans.FirstOrDefault(s => s.ScanId == source)
            ?? throw new UserInputException(
                $"'{source}' is neither a results folder nor a scan in the store {StoreOption.Parse(storeUri)}; " +
                $"known scans: {(scans.Count == 0 ? "none" : string.Join(", ", scans.Select(s => s.ScanId)))}");
        var aggregator = new Aggregator(info.Spec);
        await ResultStream.CatchUpAsync(store, aggregator, ct);
        return ScanResultsReader.Read(ScanTables.Build(aggregator), info.Spec.Name, $"store scan {source}");
    }
}
