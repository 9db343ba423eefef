using System.Text;

namespace DipolePortal.Plotting.Svg;

/// <summary>
/// A tiny markup for labels: <c>_{e4}</c> or <c>_x</c> is a subscript, <c>^{-11}</c> or <c>^2</c> a superscript, and scripts nest
/// (<c>E_{ν_4}</c>). Examples: <c>μ_{ℓ4} [μ_B]</c>, <c>10^{-11}</c>. A hyphen inside a script becomes a minus sign (U+2212).
/// An unmatched brace is kept as text.
/// </summary>
public static class RichText
{
    /// <summary>Relative size of sub- and superscripts.</summary>
    private const double ScriptScale = 0.7;

    /// <summary>Renders markup as escaped SVG text content with <c>&lt;tspan baseline-shift=…&gt;</c> elements.</summary>
    public static string ToSvg(string markup)
    {
        var builder = new StringBuilder();
        foreach (Run run in Parse(markup))
        {
            if (run.Shift == ScriptShift.None)
            {
                builder.Append(SvgFormat.Escape(run.Text));
            }
            else
            {
                string shift = run.Shift == ScriptShift.Super ? "super" : "sub";
                builder.Append("<tspan baseline-shift=\"").Append(shift).Append("\" font-size=\"70%\">")
                    .Append(ToSvg(run.Text)).Append("</tspan>");
            }
        }

        return builder.ToString();
    }

    /// <summary>The text as displayed, without markup (sub- and superscripts inline).</summary>
    public static string ToPlain(string markup) =>
        string.Concat(Parse(markup).Select(r => r.Shift == ScriptShift.None ? r.Text : ToPlain(r.Text)));

    /// <summary>Estimated rendered width in pixels for a sans-serif font of the given size (DejaVu Sans metrics, generous).</summary>
    public static double EstimateWidthPx(string markup, double fontSizePx) =>
        Parse(markup).Sum(run => run.Shift == ScriptShift.None
            ? run.Text.Length * 0.62 * fontSizePx
            : EstimateWidthPx(run.Text, fontSizePx * ScriptScale));

    /// <summary>Top-level runs: plain text, or a script whose text is itself markup.</summary>
    private static List<Run> Parse(string markup)
    {
        var runs = new List<Run>();
        var plain = new StringBuilder();
        int i = 0;
        while (i < markup.Length)
        {
            char c = markup[i];
            if ((c == '_' || c == '^') && i + 1 < markup.Length)
            {
                ScriptShift shift = c == '^' ? ScriptShift.Super : ScriptShift.Sub;
                string script;
                if (markup[i + 1] == '{')
                {
                    int close = MatchingBrace(markup, i + 1);
                    if (close < 0)
                    {
                        plain.Append(c);
                        i++;
                        continue;
                    }

                    script = markup[(i + 2)..close];
                    i = close + 1;
                }
                else
                {
                    int length = char.IsSurrogatePair(markup, i + 1) ? 2 : 1;
                    script = markup.Substring(i + 1, length);
                    i += 1 + length;
                }

                Flush(runs, plain);
                runs.Add(new Run(script.Replace('-', '\u2212'), shift));
                continue;
            }

            plain.Append(c);
            i++;
        }

        Flush(runs, plain);
        return runs;
    }

    private static int MatchingBrace(string markup, int open)
    {
        int depth = 0;
        for (int i = open; i < markup.Length; i++)
        {
            depth += markup[i] == '{' ? 1 : markup[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static void Flush(List<Run> runs, StringBuilder plain)
    {
        if (plain.Length > 0)
        {
            runs.Add(new Run(plain.ToString(), ScriptShift.None));
            plain.Clear();
        }
    }

    private enum ScriptShift
    {
        None,
        Sub,
        Super,
    }

    private readonly record struct Run(string Text, ScriptShift Shift);
}
