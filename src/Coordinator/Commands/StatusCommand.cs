using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Coordinator.Output;
using DipolePortal.Coordinator.Progress;
using DipolePortal.Messages;
using DipolePortal.Worker.Store;

namespace DipolePortal.Coordinator.Commands;

/// <summary><c>dipole status SCAN</c>: shard counts, failures and the limits known so far, from the store alone.</summary>
internal static class StatusCommand
{
    private const int ResultPage = 500;

    public static Command Create(TextWriter stdout)
    {
        var scan = new Argument<string>("SCAN") { Description = "the scan name (the spec's name)" };
        Option<string> store = StoreOption.Create();
        var json = new Option<bool>("--json") { Description = "print one JSON object on stdout" };
        var command = new Command("status",
            "Progress of a scan: shards pending, leased, done and failed (with each failure's error), and from the results stored " +
            "so far, per experiment set and flavor, the m4 points done and the strongest and weakest μ limit [μ_B] yet.");
        command.Arguments.Add(scan);
        command.Options.Add(store);
        command.Options.Add(json);
        command.SetAction(async (parse, ct) =>
        {
            string scanId = parse.GetValue(scan)!;
            string storeUri = parse.GetValue(store)!;
            StoreUri parsed = StoreOption.Parse(storeUri);
            await using IShardStore opened = await StoreOption.OpenExistingAsync(storeUri, scanId, logger: null, ct);
            ScanStatus? status = ScanNames.IsValidScanId(scanId) ? await opened.GetStatusAsync(scanId, ct) : null;
            IReadOnlyList<ScanInfo> scans = await opened.ListScansAsync(ct);
            ScanInfo? info = scans.FirstOrDefault(s => s.ScanId == scanId);
            if (status is null || info is null)
            {
                string known = scans.Count == 0 ? "the store holds no scan yet" : "known scans: " + string.Join(", ", scans.Select(s => s.ScanId));
                throw new UserInputException($"scan '{scanId}' is not in the store {parsed}; {known}");
            }

            IReadOnlyList<LimitsSoFar> limits = LimitsSoFar.From(info.Spec, await ReadAllResultsAsync(opened, scanId, ct));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, ToJson(status, info.Spec, limits));
            }
            else
            {
                WriteText(stdout, status, info.Spec, limits);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<List<ShardResult>> ReadAllResultsAsync(IShardStore store, string scanId, CancellationToken ct)
    {
        var results = new List<ShardResult>();
        long since = 0;
        while (true)
        {
            IReadOnlyList<StoredShardResult> page = await store.ReadResultsAsync(scanId, since, ResultPage, ct);
            results.AddRange(page.Select(r => r.Result));
            if (page.Count < ResultPage)
            {
                return results;
            }

            since = page[^1].Sequence;
        }
    }

    private static double PercentDone(ScanStatus status) => status.Total == 0 ? 0 : Math.Round(100.0 * status.Done / status.Total, 1);

    private static JsonObject ToJson(ScanStatus status, ScanSpec spec, IReadOnlyList<LimitsSoFar> limits) => new()
    {
        ["scan_id"] = status.ScanId,
        ["spec_hash"] = status.SpecHash,
        ["total"] = status.Total,
        ["pending"] = status.Pending,
        ["leased"] = status.Leased,
        ["done"] = status.Done,
        ["failed"] = status.Failed,
        ["percent_done"] = PercentDone(status),
        ["settled"] = status.IsSettled,
        ["cl"] = spec.Cl,
        ["failures"] = new JsonArray([.. status.Failures.Select(f => (JsonNode)new JsonObject
        {
            ["shard"] = f.Key.ToString(),
            ["experiment_set"] = f.Key.ExperimentSet,
            ["flavor"] = f.Key.Flavor,
            ["block_index"] = f.Key.BlockIndex,
            ["attempts"] = f.Attempts,
            ["error"] = f.Error,
        })]),
        ["limits_so_far"] = new JsonArray([.. limits.Select(l => (JsonNode)new JsonObject
        {
            ["experiment_set"] = l.ExperimentSet,
            ["flavor"] = l.Flavor,
            ["m4_points_done"] = l.M4PointsDone,
            ["m4_points_total"] = l.M4PointsTotal,
            ["strongest_mu_limit_muB"] = l.Strongest is { } s ? JsonOutput.Number(s.MuLimitMuB) : null,
            ["strongest_at_m4_MeV"] = l.Strongest is { } s2 ? JsonOutput.Number(s2.M4MeV) : null,
            ["weakest_mu_limit_muB"] = l.Weakest is { } w ? JsonOutput.Number(w.MuLimitMuB) : null,
            ["weakest_at_m4_MeV"] = l.Weakest is { } w2 ? JsonOutput.Number(w2.M4MeV) : null,
        })]),
    };

    private static void WriteText(TextWriter stdout, ScanStatus status, ScanSpec spec, IReadOnlyList<LimitsSoFar> limits)
    {
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scan {status.ScanId} (spec {status.SpecHash[..Math.Min(12, status.SpecHash.Length)]}): {status.Done} of {status.Total} shards done ({PercentDone(status):F1}%)"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pending {status.Pending}, leased {status.Leased}, done {status.Done}, failed {status.Failed}"));
        if (status.Failures.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine("failures:");
            foreach (ShardFailure failure in status.Failures)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {failure.Key} after {failure.Attempts} attempts: {failure.Error.ReplaceLineEndings(" ")}"));
            }
        }

        stdout.WriteLine();
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"limits so far ({spec.Cl * 100:G4}% CL, 1 dof):"));
        var table = new TextTable("experiment_set", "flavor", "m4 points", "strongest mu_limit [muB]", "at m4 [MeV]", "weakest mu_limit [muB]", "at m4 [MeV]");
        foreach (LimitsSoFar row in limits)
        {
            table.Add(row.ExperimentSet, row.Flavor, string.Create(CultureInfo.InvariantCulture, $"{row.M4PointsDone}/{row.M4PointsTotal}"),
                Show(row.Strongest?.MuLimitMuB), Show(row.Strongest?.M4MeV), Show(row.Weakest?.MuLimitMuB), Show(row.Weakest?.M4MeV));
        }

        table.Write(stdout);
    }

    private static string Show(double? value) => value is { } v ? v.ToString("G4", CultureInfo.InvariantCulture) : "-";
}
