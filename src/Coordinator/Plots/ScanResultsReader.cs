using System.Globalization;
using System.Text.Json;
using DipolePortal.Coordinator.Cli;

namespace DipolePortal.Coordinator.Plots;

/// <summary>
/// Reads a scan's CSV and JSON outputs (DESIGN.md "Outputs of a scan") into <see cref="ScanResults"/>: from a results
/// folder OUT/SCAN/, or from the texts <see cref="Aggregation.ScanTables"/> builds. A file with another header is bad input.
/// </summary>
internal static class ScanResultsReader
{
    public const string LimitsFile = "limits_1dof.csv";
    public const string ContourFile = "contour_2dof.csv";
    public const string ProfilesFile = "profiles.csv";
    public const string SummaryFile = "summary.json";
    public const string ExpectedFile = "expected_1dof.csv";

    public const string LimitsHeader = "experiment_set,flavor,m4_MeV,mu_limit_muB,mu_bestfit_muB,chi2_min,chi2_at_zero";
    public const string ContourHeader = "experiment_set,flavor,m4_MeV,mu_muB,edge";
    public const string ProfilesHeader = "experiment_set,flavor,m4_MeV,mu_muB,chi2,delta_chi2";
    public const string ExpectedHeader = "experiment_set,flavor,m4_MeV,expected_median_muB,expected_minus1sigma_muB,expected_plus1sigma_muB," +
        "expected_minus2sigma_muB,expected_plus2sigma_muB,pseudo_experiments";

    /// <summary>
    /// Reads OUT/SCAN/: limits and contour are required, profiles.csv only when asked for, expected_1dof.csv and summary.json if present.
    /// </summary>
    public static ScanResults ReadFolder(string folder, bool withProfiles)
    {
        if (!Directory.Exists(folder))
        {
            throw new UserInputException($"results folder {folder} does not exist; " +
                $"give OUT/SCAN/ as written by `dipole scan` or a scan name");
        }

        string Required(string name)
        {
            string path = Path.Combine(folder, name);
            return File.Exists(path)
                ? File.ReadAllText(path)
                : throw new UserInputException(
                    $"{path} is missing: {folder} is not a scan's results folder (it needs {LimitsFile} and {ContourFile})");
        }

        var texts = new Dictionary<string, string>
        {
            [LimitsFile] = Required(LimitsFile),
            [ContourFile] = Required(ContourFile),
        };
        if (withProfiles)
        {
            texts[ProfilesFile] = Required(ProfilesFile);
        }

        foreach (string optional in new[] { SummaryFile, ExpectedFile }.Where(f => File.Exists(Path.Combine(folder, f))))
        {
            texts[optional] = File.ReadAllText(Path.Combine(folder, optional));
        }

        string fallbackName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        return Read(texts, fallbackName, folder);
    }

    /// <summary>The rows of a profiles.csv text; <paramref name="file"/> names it in error messages.</summary>
    public static IReadOnlyList<ProfileRow> Profiles(string text, string file = ProfilesFile) =>
        Rows(text, ProfilesHeader, file, f => new ProfileRow(f[0], f[1], Number(f, 2), Number(f, 3), Number(f, 4), Number(f, 5)));

    /// <summary>Reads the files from their texts (name → contents); profiles.csv, expected_1dof.csv and summary.json may be absent.</summary>
    public static ScanResults Read(IReadOnlyDictionary<string, string> texts, string fallbackName, string sourceName = "")
    {
        string Where(string file) => sourceName.Length == 0 ? file : Path.Combine(sourceName, file);
        var limits = Rows(texts[LimitsFile], LimitsHeader, Where(LimitsFile),
            f => new LimitRow(f[0], f[1], Number(f, 2), Number(f, 3), Number(f, 4), Number(f, 5), Number(f, 6)));
        var contour = Rows(texts[ContourFile], ContourHeader, Where(ContourFile),
            f => new ContourRow(f[0], f[1], Number(f, 2), Number(f, 3), f[4]));
        var profiles = texts.TryGetValue(ProfilesFile, out string? profileText) ? Profiles(profileText, Where(ProfilesFile)) : [];
        var expected = texts.TryGetValue(ExpectedFile, out string? expectedText)
            ? Rows(expectedText, ExpectedHeader, Where(ExpectedFile), f => new ExpectedRow(
                f[0], f[1], Number(f, 2), Number(f, 3), Number(f, 4), Number(f, 5), Number(f, 6), Number(f, 7), Whole(f, 8)))
            : [];

        string scan = fallbackName;
        double cl = 0.9;
        var experiments = new List<ExperimentCitation>();
        if (texts.TryGetValue(SummaryFile, out string? summary))
        {
            try
            {
                using var document = JsonDocument.Parse(summary);
                JsonElement root = document.RootElement;
                scan = root.TryGetProperty("scan", out JsonElement name) ? name.GetString() ?? scan : scan;
                if (root.TryGetProperty("spec", out JsonElement spec) && spec.TryGetProperty("cl", out JsonElement level))
                {
                    cl = level.GetDouble();
                }

                if (root.TryGetProperty("experiments", out JsonElement list))
                {
                    experiments.AddRange(list.EnumerateArray().Select(e => new ExperimentCitation(
                        e.GetProperty("id").GetString() ?? "", e.GetProperty("citation").GetString() ?? "")));
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
            {
                throw new UserInputException($"{Where(SummaryFile)} is not a scan summary: {ex.Message}");
            }
        }

        return new ScanResults(scan, cl, limits, contour, profiles, experiments) { Expected = expected };
    }

    private static List<T> Rows<T>(string text, string header, string file, Func<string[], T> row)
    {
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines[0].Trim() != header)
        {
            throw new UserInputException($"{file} starts with '{Shorten(lines[0])}', expected the header '{header}'");
        }

        int columns = header.Split(',').Length;
        var rows = new List<T>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            string[] fields = lines[i].Split(',');
            if (fields.Length != columns)
            {
                throw new UserInputException(
                    $"{file} line {i + 1} has {fields.Length} fields, the header {columns}: '{Shorten(lines[i])}'");
            }

            try
            {
                rows.Add(row(fields));
            }
            catch (FormatException ex)
            {
                throw new UserInputException($"{file} line {i + 1}: {ex.Message}");
            }
        }

        return rows;
    }

    /// <summary>A CSV number in round-trip form; "inf", "-inf" and "nan" as numpy and pandas write them.</summary>
    private static double Number(string[] fields, int index)
    {
        string text = fields[index].Trim();
        return text.ToLowerInvariant() switch
        {
            "inf" or "+inf" or "infinity" => double.PositiveInfinity,
            "-inf" or "-infinity" => double.NegativeInfinity,
            "nan" => double.NaN,
            _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                ? value
                : throw new FormatException($"column {index + 1} is '{text}', not a number"),
        };
    }

    private static int Whole(string[] fields, int index) =>
        int.TryParse(fields[index].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new FormatException($"column {index + 1} is '{fields[index].Trim()}', not a whole number");

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
