using System.Text;

namespace DipolePortal.Coordinator.Output;

/// <summary>A small left-aligned text table for human output (column headers carry units).</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public TextTable Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"row has {cells.Length} cells, table has {headers.Length} columns");
        }

        _rows.Add(cells);
        return this;
    }

    public void Write(TextWriter output)
    {
        int[] widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(Line(headers, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (string[] row in _rows)
        {
            output.WriteLine(Line(row, widths));
        }
    }

    private static string Line(string[] cells, int[] widths)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < cells.Length; i++)
        {
            builder.Append(cells[i].PadRight(widths[i]));
            if (i < cells.Length - 1)
            {
                builder.Append("  ");
            }
        }

        return builder.ToString().TrimEnd();
    }
}
