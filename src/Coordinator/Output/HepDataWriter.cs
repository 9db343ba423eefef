using System.Text;
using DipolePortal.Coordinator.Plots;

namespace DipolePortal.Coordinator.Output;

/// <summary>
/// HEPData-style YAML tables of a scan's limits (issue 7.4): m4 [MeV] as the independent variable, one dependent
/// variable μ [MU_B] per experiment set × flavor with qualifiers (experiment set, flavor, CL, dof), and the data
/// citations of the scan's experiments. Written by hand, in a fixed order and round-trip numbers, so the files are
/// deterministic; a value the scan does not have (no limit within the μ grid, an m4 point not done) is "-".
/// </summary>
internal static class HepDataWriter
{
    public const string LimitsFile = "hepdata_limits_1dof.yaml";
    public const string ContourFile = "hepdata_contour_2dof.yaml";

    /// <summary>The 1-dof upper limits μ_limit(m4) of every fit.</summary>
    public static string Limits1Dof(ScanResults results) => Table(
        results,
        $"{FitLabels.Cl(results.Cl)} upper limits on the transition magnetic moment, 1 dof",
        "Upper limit on μ at each fixed m4 from the profiled Δχ² for one degree of freedom (limits_1dof.csv).",
        "1 dof",
        (set, flavor, m4) => results.Limits
            .Where(r => r.ExperimentSet == set && r.Flavor == flavor && r.M4MeV == m4)
            .Select(r => r.MuLimitMuB)
            .DefaultIfEmpty(double.NaN)
            .First());

    /// <summary>The upper edge of the 2-dof allowed region in the (m4, μ) plane, the exclusion line of every fit.</summary>
    public static string Contour2Dof(ScanResults results) => Table(
        results,
        $"{FitLabels.Cl(results.Cl)} exclusion contour in the (m4, mu) plane, 2 dof",
        "Upper edge of the 2-dof allowed region at each m4, Δχ² relative to the minimum over the (m4, μ) grid (contour_2dof.csv).",
        "2 dof",
        (set, flavor, m4) => ExclusionPlot.UpperEdges(results, set, flavor, [m4])[0]);

    private static string Table(
        ScanResults results, string name, string description, string dof, Func<string, string, double, double> value)
    {
        IReadOnlyList<double> m4Grid = results.M4ValuesMeV();
        var yaml = new StringBuilder();
        yaml.Append("# HEPData-style table written by `dipole` (DipolePortal); scan ").Append(results.Scan).Append('\n');
        yaml.Append("name: ").Append(Quote(name)).Append('\n');
        yaml.Append("description: ").Append(Quote(description)).Append('\n');
        yaml.Append("scan: ").Append(Quote(results.Scan)).Append('\n');
        yaml.Append("citations:\n");
        foreach (ExperimentCitation citation in results.Experiments)
        {
            yaml.Append("- {experiment: ").Append(Quote(citation.Id)).Append(", citation: ").Append(Quote(citation.Citation)).Append("}\n");
        }

        if (results.Experiments.Count == 0)
        {
            yaml.Length -= 1;
            yaml.Append(" []\n");
        }

        yaml.Append("independent_variables:\n");
        yaml.Append("- header: {name: m4, units: MeV}\n");
        yaml.Append("  values:\n");
        foreach (double m4 in m4Grid)
        {
            yaml.Append("  - {value: ").Append(Number(m4)).Append("}\n");
        }

        yaml.Append("dependent_variables:\n");
        foreach (var (set, flavor) in results.Fits())
        {
            yaml.Append("- header: {name: ").Append(dof == "1 dof" ? "mu_limit" : "mu_contour").Append(", units: MU_B}\n");
            yaml.Append("  qualifiers:\n");
            yaml.Append("  - {name: experiment set, value: ").Append(Quote(set)).Append("}\n");
            yaml.Append("  - {name: flavor, value: ").Append(Quote(flavor)).Append("}\n");
            string cl = FitLabels.Cl(results.Cl).Replace(" CL", "", StringComparison.Ordinal);
            yaml.Append("  - {name: CL, value: ").Append(Quote(cl)).Append("}\n");
            yaml.Append("  - {name: dof, value: ").Append(Quote(dof)).Append("}\n");
            yaml.Append("  values:\n");
            foreach (double m4 in m4Grid)
            {
                double mu = value(set, flavor, m4);
                yaml.Append("  - {value: ").Append(double.IsFinite(mu) ? Number(mu) : "'-'").Append("}\n");
            }
        }

        return yaml.ToString();
    }

    private static string Number(double value) => JsonOutput.Format(value);

    /// <summary>A double-quoted YAML scalar (JSON string escapes are valid YAML).</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when c < ' ' => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
