using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DipolePortal.Coordinator.Output;
using DipolePortal.Coordinator.Plots;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Statistics;

namespace DipolePortal.Coordinator.Aggregation;

/// <summary>
/// The output files of a scan (DESIGN.md "Outputs of a scan"), as text: limits_1dof.csv, contour_2dof.csv,
/// profiles.csv, summary.json and, when the spec asks for pseudo-experiments, expected_1dof.csv, and the plots and HEPData tables drawn from them (Plots/ScanFigures). Units are in every column name; numbers are in round-trip form, so the files are
/// deterministic. Timing lives apart (timing.json) because it differs from run to run.
/// </summary>
internal static class ScanTables
{
    public static IReadOnlyDictionary<string, string> Build(Aggregator aggregator)
    {
        var rows = aggregator.Rows();
        // profiles.csv, most of the text (a row per m4 × μ), is formatted on the other cores while the rest is built here.
        Task<string> profiles = Task.Run(() => Profiles(aggregator, rows));
        var tables = new Dictionary<string, string>
        {
            ["limits_1dof.csv"] = Limits1Dof(rows),
            ["contour_2dof.csv"] = Contour2Dof(aggregator),
            ["summary.json"] = Summary(aggregator, rows),
        };
        if (rows.Any(r => r.Point.Expected is not null))
        {
            tables[ScanResultsReader.ExpectedFile] = Expected1Dof(rows);
        }

        // exclusion.svg, profiles.svg and the HEPData tables, drawn from the tables above (issue 7).
        var figures = ScanFigures.Build(tables, () => profiles.GetAwaiter().GetResult(), aggregator.Spec.Name);
        tables[ScanResultsReader.ProfilesFile] = profiles.GetAwaiter().GetResult();
        foreach (var (name, contents) in figures)
        {
            tables[name] = contents;
        }

        return tables;
    }

    private static string Limits1Dof(IReadOnlyList<FitRow> rows)
    {
        var csv = new StringBuilder("experiment_set,flavor,m4_MeV,mu_limit_muB,mu_bestfit_muB,chi2_min,chi2_at_zero\n");
        foreach (FitRow r in rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{r.ExperimentSet},{r.Flavor},{N(r.Point.M4MeV)},{N(r.Point.MuLimitMuB)},{N(r.Point.MuBestfitMuB)},")
               .Append(CultureInfo.InvariantCulture, $"{N(r.Point.Chi2Min)},{N(r.Point.Chi2AtZero)}\n");
        }

        return csv.ToString();
    }

    private static string Expected1Dof(IReadOnlyList<FitRow> rows)
    {
        var csv = new StringBuilder(ScanResultsReader.ExpectedHeader).Append('\n');
        foreach (FitRow r in rows)
        {
            if (r.Point.Expected is { } e)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{r.ExperimentSet},{r.Flavor},{N(r.Point.M4MeV)},{N(e.MedianMuB)},")
                   .Append(CultureInfo.InvariantCulture, $"{N(e.Minus1SigmaMuB)},{N(e.Plus1SigmaMuB)},{N(e.Minus2SigmaMuB)},{N(e.Plus2SigmaMuB)},{e.PseudoExperiments}\n");
            }
        }

        return csv.ToString();
    }

    private static string Contour2Dof(Aggregator aggregator)
    {
        var csv = new StringBuilder("experiment_set,flavor,m4_MeV,mu_muB,edge\n");
        foreach (var (set, flavor, point) in aggregator.Contours())
        {
            csv.Append(CultureInfo.InvariantCulture, $"{set},{flavor},{N(point.M4MeV)},{N(point.MuMuB)},{point.Edge.ToString().ToLowerInvariant()}\n");
        }

        return csv.ToString();
    }

    /// <summary>profiles.csv: blocks of rows formatted in parallel and joined in order (the same text as one pass).</summary>
    private static string Profiles(Aggregator aggregator, IReadOnlyList<FitRow> rows)
    {
        double[] mu = aggregator.Spec.MuMuB.Values();
        foreach (FitRow r in rows)
        {
            if (r.Point.Chi2.Count != mu.Length)
            {
                throw new InvalidOperationException(
                    $"the result for {r.ExperimentSet}/{r.Flavor} at m4 = {N(r.Point.M4MeV)} MeV has {r.Point.Chi2.Count} χ² values for {mu.Length} μ grid points");
            }
        }

        string[] muText = [.. mu.Select(N)]; // once per grid point, not per row: a long scan has millions of rows
        const int RowsPerBlock = 64;
        var blocks = new string[1 + ((rows.Count + RowsPerBlock - 1) / RowsPerBlock)];
        blocks[0] = "experiment_set,flavor,m4_MeV,mu_muB,chi2,delta_chi2\n";
        Parallel.For(1, blocks.Length, b =>
        {
            var csv = new StringBuilder();
            for (int i = (b - 1) * RowsPerBlock; i < Math.Min(rows.Count, b * RowsPerBlock); i++)
            {
                FitRow r = rows[i];
                string fit = string.Create(CultureInfo.InvariantCulture, $"{r.ExperimentSet},{r.Flavor},{N(r.Point.M4MeV)},");
                for (int j = 0; j < mu.Length; j++)
                {
                    csv.Append(fit).Append(muText[j]).Append(',');
                    AppendNumber(csv, r.Point.Chi2[j]).Append(',');
                    AppendNumber(csv, r.Point.Chi2[j] - r.Point.Chi2Min).Append('\n');
                }
            }

            blocks[b] = csv.ToString();
        });
        return string.Concat(blocks);
    }

    private static string Summary(Aggregator aggregator, IReadOnlyList<FitRow> rows)
    {
        var spec = aggregator.Spec;
        var fits = new JsonArray();
        foreach (var group in rows.GroupBy(r => (r.ExperimentSet, r.Flavor)))
        {
            FitRow strongest = group.MinBy(r => r.Point.MuLimitMuB)!;
            fits.Add(new JsonObject
            {
                ["experiment_set"] = group.Key.ExperimentSet,
                ["flavor"] = group.Key.Flavor,
                ["m4_points_done"] = group.Count(),
                ["m4_points_total"] = aggregator.M4PointsPerFit,
                ["strongest_mu_limit_muB"] = JsonOutput.Number(strongest.Point.MuLimitMuB),
                ["strongest_at_m4_MeV"] = strongest.Point.M4MeV,
                ["m4_points_with_limit_above_mu_grid"] = group.Count(r => !(r.Point.MuLimitMuB <= spec.MuMuB.Max)),
            });
        }

        var experiments = new JsonArray();
        foreach (string id in spec.Experiments.SelectMany(s => s).Distinct())
        {
            ExperimentDefinition definition = ExperimentRegistry.Find(id);
            experiments.Add(new JsonObject { ["id"] = id, ["citation"] = definition.Citation, ["data_folder"] = definition.DataFolder });
        }

        var summary = new JsonObject
        {
            ["scan"] = spec.Name,
            ["spec_hash"] = spec.ComputeHash(),
            ["spec"] = JsonNode.Parse(spec.ToCanonicalJson()),
            ["program_version"] = typeof(ScanTables).Assembly.GetName().Version?.ToString(),
            ["complete"] = rows.Count == aggregator.M4PointsPerFit * spec.Experiments.Count * spec.Flavors.Count,
            ["delta_chi2_1dof"] = Limits.DeltaChi2(spec.Cl, 1),
            ["delta_chi2_2dof"] = Limits.DeltaChi2(spec.Cl, 2),
            ["binding"] = spec.Binding,
            ["experiments"] = experiments,
            ["fits"] = fits,
        };
        if (spec.PseudoExperiments > 0)
        {
            summary["pseudo_experiments"] = spec.PseudoExperiments; // expected_1dof.csv: quantiles over this many per m4
        }

        var text = new StringWriter(CultureInfo.InvariantCulture);
        JsonOutput.Write(text, summary);
        return text.ToString();
    }

    /// <summary>Appends <see cref="N"/>(<paramref name="value"/>) without an intermediate string.</summary>
    private static StringBuilder AppendNumber(StringBuilder csv, double value)
    {
        Span<char> text = stackalloc char[32];
        return double.IsFinite(value) && JsonOutput.TryFormat(value, text, out int length)
            ? csv.Append(text[..length])
            : csv.Append(N(value));
    }

    /// <summary>Round-trip number for CSV; infinities as "inf" and NaN as "nan", the way numpy and pandas read them.</summary>
    private static string N(double value) =>
        double.IsNaN(value) ? "nan" : double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf" : JsonOutput.Format(value);
}
