using System.Globalization;

namespace DipolePortal.Physics.Data;

/// <summary>
/// Reads the project's numeric tables: whitespace- or comma-separated columns of numbers; lines starting with '#'
/// are comments (the header that states each column's unit). Blank lines are skipped.
/// </summary>
public static class TableReader
{
    /// <summary>Parses a table's text into rows of numbers.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="source">The file's name, for error messages.</param>
    /// <exception cref="FormatException">A field is not a number, or rows have different widths.</exception>
    public static IReadOnlyList<double[]> Parse(string text, string source)
    {
        var rows = new List<double[]>();
        int width = -1;
        int lineNumber = 0;
        foreach (string rawLine in text.Split('\n'))
        {
            lineNumber++;
            string line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] fields = line.Split([',', ' ', '\t', ';'], StringSplitOptions.RemoveEmptyEntries);
            var row = new double[fields.Length];
            for (int i = 0; i < fields.Length; i++)
            {
                if (!double.TryParse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out row[i]))
                {
                    throw new FormatException($"{source}:{lineNumber}: '{fields[i]}' is not a number");
                }
            }

            if (width >= 0 && row.Length != width)
            {
                throw new FormatException($"{source}:{lineNumber}: {row.Length} columns, expected {width}");
            }

            width = row.Length;
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Reads a bundled table (see <see cref="DataCatalog"/>).</summary>
    public static IReadOnlyList<double[]> ReadBundled(string relativePath) =>
        Parse(DataCatalog.ReadAllText(relativePath), relativePath);

    /// <summary>Reads a table from a file on disk (a user's data file).</summary>
    public static IReadOnlyList<double[]> ReadFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>One column of a table.</summary>
    public static double[] Column(IReadOnlyList<double[]> rows, int index) => rows.Select(r => r[index]).ToArray();
}
