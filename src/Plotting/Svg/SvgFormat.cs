using System.Globalization;
using System.Text;

namespace DipolePortal.Plotting.Svg;

/// <summary>Culture-invariant, fixed-precision formatting of numbers and text for SVG output.</summary>
public static class SvgFormat
{
    /// <summary>Pixel coordinates are written with this many decimals (0.01 px), so output is byte-identical for identical input.</summary>
    public const int PixelDecimals = 2;

    /// <summary>Formats a pixel coordinate or length with <see cref="PixelDecimals"/> decimals, never as "-0.00".</summary>
    public static string Px(double pixels)
    {
        string text = pixels.ToString("F2", CultureInfo.InvariantCulture);
        return text == "-0.00" ? "0.00" : text;
    }

    /// <summary>Formats a data value losslessly (shortest round-trip form), for data-* attributes.</summary>
    public static string Value(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Escapes text for use in XML character data and attribute values.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
