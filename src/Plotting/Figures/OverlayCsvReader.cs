using System.Globalization;

namespace DipolePortal.Plotting.Figures;

/// <summary>
/// Reads a user curve from CSV: two columns m4 [MeV] and μ [μ_B], separated by a comma, semicolon, tab or spaces.
/// Lines starting with '#' and blank lines are ignored; a first line that is not numeric is taken as a header.
/// </summary>
public static class OverlayCsvReader
{
    private static readonly char[] Separators = [',', ';', '\t', ' '];

    /// <summary>Reads the curve from a file; see <see cref="Read"/>.</summary>
    public static ExclusionCurve ReadFile(string path, string label)
    {
        using var reader = new StreamReader(path);
        return Read(reader, label, path);
    }

    /// <summary>Reads (m4, μ) rows as an <see cref="ExclusionCurveKind.Overlay"/> curve labelled <paramref name="label"/>.</summary>
    /// <exception cref="FormatException">A row does not hold two numbers; the message names the source and line.</exception>
    public static ExclusionCurve Read(TextReader reader, string label, string sourceName = "overlay CSV")
    {
        var m4MeV = new List<double>();
        var muMuB = new List<double>();
        int lineNumber = 0;
        bool headerAllowed = true;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            string[] fields = trimmed.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            double m4 = 0;
            double mu = 0;
            bool numeric = fields.Length == 2 && TryParse(fields[0], out m4) && TryParse(fields[1], out mu);
            if (!numeric && headerAllowed)
            {
                headerAllowed = false;
                continue;
            }

            if (!numeric)
            {
                throw new FormatException(
                    $"{sourceName} line {lineNumber}: expected two numbers 'm4_MeV,mu_muB' but found '{trimmed}'; " +
                    "fix the row or comment it out with '#'.");
            }

            headerAllowed = false;
            m4MeV.Add(m4);
            muMuB.Add(mu);
        }

        if (m4MeV.Count == 0)
        {
            throw new FormatException($"{sourceName} holds no data rows; expected lines 'm4_MeV,mu_muB'.");
        }

        return new ExclusionCurve(label, "overlay:" + label, m4MeV.AsReadOnly(), muMuB.AsReadOnly(), ExclusionCurveKind.Overlay);
    }

    private static bool TryParse(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
