using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using DipolePortal.Coordinator.Aggregation;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Coordinator.Output;
using DipolePortal.Worker.Store;

namespace DipolePortal.Coordinator.Commands;

/// <summary>
/// <c>dipole export SCAN</c>: writes what the store holds for a scan — finished or still running — as the scan's
/// tables (csv: the same files <c>dipole scan</c> writes) or as one JSON document (json: results.json).
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter stdout)
    {
        var scan = new Argument<string>("SCAN") { Description = "scan name" };
        var store = StoreOption.Create();
        var format = new Option<string>("--format") { Description = "csv (limits_1dof.csv, contour_2dof.csv, profiles.csv, summary.json) or json (results.json)", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var outDirectory = OutOption.Create("output folder; files go to OUT/SCAN/");
        var command = new Command("export", "Write a scan's limits, contours and profiles from the store, also while it is still running.")
        {
            scan, store, format, outDirectory,
        };
        command.SetAction(async (parse, ct) =>
        {
            string name = parse.GetValue(scan)!;
            string folder = ScanOutputWriter.Folder(parse.GetValue(outDirectory)!, name);
            await using IShardStore opened = await StoreOption.OpenExistingAsync(parse.GetValue(store)!, name, null, ct);
            var scans = await opened.ListScansAsync(ct);
            ScanInfo info = scans.FirstOrDefault(s => s.ScanId == name)
                ?? throw new UserInputException($"scan '{name}' is not in the store; known scans: {(scans.Count == 0 ? "none" : string.Join(", ", scans.Select(s => s.ScanId)))}");
            var aggregator = new Aggregator(info.Spec);
            await ResultStream.CatchUpAsync(opened, aggregator, ct);
            if (parse.GetValue(format) == "json")
            {
                AtomicFile.WriteAllText(Path.Combine(folder, "results.json"), ResultsJson(aggregator));
            }
            else
            {
                ScanOutputWriter.Write(parse.GetValue(outDirectory)!, aggregator);
            }

            stdout.WriteLine($"exported {aggregator.Rows().Count} m4 points of scan {name} to {folder}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string ResultsJson(Aggregator aggregator)
    {
        var fits = new JsonArray();
        foreach (FitRow row in aggregator.Rows())
        {
            fits.Add(new JsonObject
            {
                ["experiment_set"] = row.ExperimentSet,
                ["flavor"] = row.Flavor,
                ["m4_MeV"] = row.Point.M4MeV,
                ["mu_limit_muB"] = JsonOutput.Number(row.Point.MuLimitMuB),
                ["mu_bestfit_muB"] = JsonOutput.Number(row.Point.MuBestfitMuB),
                ["chi2_min"] = JsonOutput.Number(row.Point.Chi2Min),
                ["chi2_at_zero"] = JsonOutput.Number(row.Point.Chi2AtZero),
                ["chi2"] = new JsonArray([.. row.Point.Chi2.Select(v => JsonOutput.Number(v))]),
            });
        }

        var contour = new JsonArray();
        foreach (var (set, flavor, point) in aggregator.Contours())
        {
            contour.Add(new JsonObject
            {
                ["experiment_set"] = set,
                ["flavor"] = flavor,
                ["m4_MeV"] = point.M4MeV,
                ["mu_muB"] = point.MuMuB,
                ["edge"] = point.Edge.ToString().ToLowerInvariant(),
            });
        }

        var text = new StringWriter(CultureInfo.InvariantCulture);
        JsonOutput.Write(text, new JsonObject
        {
            ["scan"] = aggregator.Spec.Name,
            ["spec"] = JsonNode.Parse(aggregator.Spec.ToCanonicalJson()),
            ["mu_grid_muB"] = new JsonArray([.. aggregator.Spec.MuMuB.Values().Select(v => JsonValue.Create(v))]),
            ["limits_1dof"] = fits,
            ["contour_2dof"] = contour,
        });
        return text.ToString();
    }
}
