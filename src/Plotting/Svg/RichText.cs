using System.Text;

namespace DipolePortal.Plotting.Svg;

/// <summary>
/// A tiny markup for labels: <c>_{e4}</c> or <c>_x</c> is a subscript, <c>^{-11}</c> or <c>^2</c> a superscript.
/// Example: <c>μ_{ℓ4} [μ_B]</c>, <c>10^{-11}</c>. A hyphen inside a superscript or subscript becomes a minus sign (U+2212).
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
            string text = SvgFormat.Escape(run.Text);
            if (run.Shift == ScriptShift.None)
            {
                builder.Append(text);
            }
            else
            {
                string shift = run.Shift == ScriptShift.Super ? "super" : "sub";
                builder.Append("<tspan baseline-shift=\"").Append(shift).Append("\" font-size=\"70%\">")
                    .Append(text).Append("</tspan>");
            }
        }

        return builder.ToString();
    }

    /// <summary>The text as displayed, without markup (sub- and superscripts inline).</summary>
    public static string ToPlain(string markup) => string.Concat(Parse(markup).Select(r => r.Text));

    /// <summary>Estimated rendered width in pixels for a sans-serif font of the given size (DejaVu Sans metrics, generous).</summary>
    public static double EstimateWidthPx(string markup, double fontSizePx)
    {
        double width = 0;
        foreach (Run run in Parse(markup))
        {
            double scale = run.Shift == ScriptShift.None ? 1.0 : ScriptScale;
            width += run.Text.Length * 0.62 * fontSizePx * scale;
        }

        return width;
    }

    internal static IReadOnlyList<Run> Parse(string markup)
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
                    int close = markup.IndexOf('}', i + 2);
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

    private static void Flush(List<Run> runs, StringBuilder plain)
    {
        if (plain.Length > 0)
        {
            runs.Add(new Run(plain.ToString(), ScriptShift.None));
            plain.Clear();
        }
    }

    internal enum ScriptShift
    {
        None,
        Sub,
        Super,
    }

    internal readonly record struct Run(string Text, ScriptShift Shift);
}
