using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;

namespace DipolePortal.Coordinator.Tests.Plots;

/// <summary>Renders SVG with rsvg-convert (Debian librsvg2-bin, see tests/plotting/README.md) and reads polylines back.</summary>
internal static class SvgRendering
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>Renders to PNG beside the SVG; fails (never skips) when rsvg-convert is missing or reports an error.</summary>
    public static void AssertRenders(string svgPath)
    {
        var start = new ProcessStartInfo("rsvg-convert", ["-o", Path.ChangeExtension(svgPath, ".png"), svgPath])
        {
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("rsvg-convert did not start");
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 && errors.Length == 0, $"rsvg-convert {svgPath}: exit {process.ExitCode}, {errors}");
        Assert.True(new FileInfo(Path.ChangeExtension(svgPath, ".png")).Length > 1000);
    }

    /// <summary>
    /// The series of one kind ("series line", "series step") in drawing order: their data-label and the points of each polyline.
    /// </summary>
    public static List<(string Label, List<List<(double X, double Y)>> Polylines)> LineSeries(string svgPath, string seriesClass = "series line")
    {
        XElement root = XDocument.Load(svgPath).Root!;
        return root.Descendants(Ns + "g")
            .Where(g => (string?)g.Attribute("class") == seriesClass)
            .Select(g => ((string?)g.Attribute("data-label") ?? "", g.Elements(Ns + "polyline").Select(Points).ToList()))
            .ToList();
    }

    private static List<(double X, double Y)> Points(XElement polyline) =>
        ((string)polyline.Attribute("points")!).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(','))
            .Select(xy => (double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture)))
            .ToList();
}
