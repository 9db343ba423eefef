using System.Globalization;
using System.Xml.Linq;

namespace DipolePortal.Plotting.Tests.Rendering;

/// <summary>An SVG parsed with System.Xml.Linq, with queries for the classes the Plotting layer writes.</summary>
internal sealed class SvgDocument
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public SvgDocument(string svg)
    {
        Root = XDocument.Parse(svg).Root ?? throw new InvalidOperationException("empty SVG");
        Assert.Equal(Ns + "svg", Root.Name);
    }

    public XElement Root { get; }

    public IEnumerable<XElement> Groups(string cssClass) =>
        Root.Descendants(Ns + "g").Where(g => ((string?)g.Attribute("class") ?? string.Empty).Split(' ').Contains(cssClass));

    public XElement Series(string kind, string label) =>
        Groups(kind).Single(g => (string?)g.Attribute("data-label") == label);

    public IReadOnlyList<string> LegendLabels() =>
        Groups("legend").SelectMany(g => g.Elements(Ns + "text")).Select(t => (string)t.Attribute("data-label")!).ToList();

    public IReadOnlyList<double> TickValues(string axisClass) =>
        Groups(axisClass).Single().Elements(Ns + "text")
            .Where(t => (string?)t.Attribute("class") == "tick-label")
            .Select(t => double.Parse((string)t.Attribute("data-value")!, CultureInfo.InvariantCulture))
            .ToList();

    public XElement TickLabel(string axisClass, double value) =>
        Groups(axisClass).Single().Elements(Ns + "text")
            .Single(t => (string?)t.Attribute("class") == "tick-label" &&
                Math.Abs(double.Parse((string)t.Attribute("data-value")!, CultureInfo.InvariantCulture) / value - 1) < 1e-9);

    public static IReadOnlyList<(double X, double Y)> Points(XElement polyElement) =>
        ((string)polyElement.Attribute("points")!)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(','))
            .Select(p => (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture)))
            .ToList();
}
