using System.Text;
using DipolePortal.Plotting.Series;

namespace DipolePortal.Plotting.Svg;

/// <summary>Appends SVG elements, one per line, with numbers formatted by <see cref="SvgFormat"/>.</summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _text = new();

    public void Raw(string line) => _text.Append(line).Append('\n');

    public void OpenGroup(string attributes) => Raw("<g " + attributes + ">");

    public void CloseGroup() => Raw("</g>");

    public void Line(double x1, double y1, double x2, double y2, string stroke, double widthPx, string extra = "") =>
        Raw($"<line x1=\"{SvgFormat.Px(x1)}\" y1=\"{SvgFormat.Px(y1)}\" x2=\"{SvgFormat.Px(x2)}\" y2=\"{SvgFormat.Px(y2)}\" " +
            $"stroke=\"{stroke}\" stroke-width=\"{SvgFormat.Px(widthPx)}\"{Prefix(extra)}/>");

    public void Rect(double x, double y, double width, double height, string attributes) =>
        Raw($"<rect x=\"{SvgFormat.Px(x)}\" y=\"{SvgFormat.Px(y)}\" width=\"{SvgFormat.Px(width)}\" " +
            $"height=\"{SvgFormat.Px(height)}\"{Prefix(attributes)}/>");

    public void Circle(double cx, double cy, double radiusPx, string attributes) =>
        Raw($"<circle cx=\"{SvgFormat.Px(cx)}\" cy=\"{SvgFormat.Px(cy)}\" r=\"{SvgFormat.Px(radiusPx)}\"{Prefix(attributes)}/>");

    public void Polyline(IReadOnlyList<PixelPoint> points, string attributes) =>
        Raw($"<polyline points=\"{Points(points)}\"{Prefix(attributes)}/>");

    public void Polygon(IReadOnlyList<PixelPoint> points, string attributes) =>
        Raw($"<polygon points=\"{Points(points)}\"{Prefix(attributes)}/>");

    /// <summary>Text from <see cref="RichText"/> markup; <paramref name="anchor"/> is start, middle or end.</summary>
    public void Text(double x, double y, string markup, double fontSizePx, string anchor, string extra = "") =>
        Raw($"<text x=\"{SvgFormat.Px(x)}\" y=\"{SvgFormat.Px(y)}\" font-size=\"{SvgFormat.Px(fontSizePx)}\" " +
            $"text-anchor=\"{anchor}\"{Prefix(extra)}>{RichText.ToSvg(markup)}</text>");

    /// <summary>stroke-dasharray and line-cap attributes for a line style and width.</summary>
    public static string Dash(LineStyle style, double widthPx) => style switch
    {
        LineStyle.Dashed => $" stroke-dasharray=\"{SvgFormat.Px(4 * widthPx + 2)},{SvgFormat.Px(2 * widthPx + 2)}\"",
        LineStyle.Dotted => $" stroke-dasharray=\"0.01,{SvgFormat.Px(2 * widthPx + 1)}\" stroke-linecap=\"round\"",
        LineStyle.DashDot =>
            $" stroke-dasharray=\"{SvgFormat.Px(4 * widthPx + 2)},{SvgFormat.Px(2 * widthPx)},0.01,{SvgFormat.Px(2 * widthPx)}\"" +
            " stroke-linecap=\"round\"",
        _ => string.Empty,
    };

    public override string ToString() => _text.ToString();

    private static string Prefix(string attributes) => attributes.Length == 0 || attributes.StartsWith(' ') ? attributes : " " + attributes;

    private static string Points(IReadOnlyList<PixelPoint> points) =>
        string.Join(" ", points.Select(p => SvgFormat.Px(p.X) + "," + SvgFormat.Px(p.Y)));
}
