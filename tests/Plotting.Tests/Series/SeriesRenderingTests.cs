using System.Globalization;
using System.Xml.Linq;
using DipolePortal.Plotting.Axes;
using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Series;
using DipolePortal.Plotting.Tests.Rendering;

namespace DipolePortal.Plotting.Tests.Series;

public sealed class SeriesRenderingTests
{
    private static Figure LogLog() => new(640, 480) { X = Axis.Log("m_4 [MeV]", 1e-3, 1), Y = Axis.Log("μ [μ_B]", 1e-12, 1e-8) };

    [Fact]
    public void LineSeries_WhenNaNInside_BreaksIntoTwoPolylinesWithAllFinitePoints()
    {
        Figure figure = LogLog().Add(new LineSeries("a", [1e-3, 1e-2, 2e-2, 1e-1, 5e-1], [1e-10, 2e-10, double.NaN, 3e-10,
            double.PositiveInfinity]));
        XElement group = new SvgDocument(figure.ToSvg()).Series("line", "a");
        List<XElement> polylines = group.Elements(SvgDocument.Ns + "polyline").ToList();
        Assert.Equal(2, polylines.Count);
        Assert.Equal([2, 1], polylines.Select(p => SvgDocument.Points(p).Count));
    }

    [Fact]
    public void LineSeries_WhenNonPositiveOnLogAxis_SkipsPointWithoutBreaking()
    {
        Figure figure = LogLog().Add(new LineSeries("a", [1e-3, 1e-2, 1e-1, 0.5], [1e-10, 0, -1e-10, 3e-10]));
        XElement polyline = Assert.Single(new SvgDocument(figure.ToSvg()).Series("line", "a").Elements(SvgDocument.Ns + "polyline"));
        Assert.Equal(2, SvgDocument.Points(polyline).Count);
    }

    [Fact]
    public void LineSeries_Always_MapsEachPixelBackToItsDataPointWithinHalfAPixel()
    {
        double[] xs = [1.5e-3, 2e-2, 0.31];
        double[] ys = [7.7e-12, 4.2e-10, 9.1e-9];
        Figure figure = LogLog().Add(new LineSeries("a", xs, ys));
        PlotFrame frame = figure.Frame;
        IReadOnlyList<(double X, double Y)> points =
            SvgDocument.Points(new SvgDocument(figure.ToSvg()).Series("line", "a").Elements(SvgDocument.Ns + "polyline").Single());
        for (int i = 0; i < xs.Length; i++)
        {
            Assert.InRange(points[i].X - frame.ToPixelX(xs[i]), -0.5, 0.5);
            Assert.InRange(points[i].Y - frame.ToPixelY(ys[i]), -0.5, 0.5);
            Assert.Equal(1.0, frame.FromPixelX(points[i].X) / xs[i], 2);
            Assert.Equal(1.0, frame.FromPixelY(points[i].Y) / ys[i], 2);
        }
    }

    [Fact]
    public void LineSeries_WhenInputListChangesAfterwards_KeepsItsCopy()
    {
        double[] ys = [1e-10, 2e-10];
        var series = new LineSeries("a", [1e-2, 1e-1], ys);
        ys[0] = 5;
        Assert.Equal(1e-10, series.Ys[0]);
    }

    [Fact]
    public void LineSeries_WhenLengthsDiffer_Throws()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new LineSeries("a", [1, 2, 3], [1, 2]));
        Assert.Contains("3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StepHistogram_Always_HasTwoPointsPerBinPlusFloorEnds()
    {
        var figure = new Figure(640, 480) { X = Axis.Linear("x", 0, 3), Y = Axis.Linear("y", 0, 10) };
        figure.Add(new StepHistogramSeries("h", [0, 1, 2, 3], [4, 5, 6]));
        XElement polyline = new SvgDocument(figure.ToSvg()).Series("step", "h").Elements(SvgDocument.Ns + "polyline").Single();
        IReadOnlyList<(double X, double Y)> points = SvgDocument.Points(polyline);
        Assert.Equal(2 * 3 + 2, points.Count);
        Assert.Equal(figure.Frame.ToPixelY(5), points[3].Y, 1);
    }

    [Fact]
    public void ErrorBars_Always_SpanYPlusMinusErrorAtThePoint()
    {
        var figure = new Figure(640, 480) { X = Axis.Linear("x", 0, 10), Y = Axis.Linear("y", 0, 100) };
        figure.Add(new ErrorBarSeries("d", [2, 5], [36, 49], [6, 7]));
        XElement group = new SvgDocument(figure.ToSvg()).Series("points", "d");
        List<XElement> bars = group.Elements(SvgDocument.Ns + "line").ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal(figure.Frame.ToPixelY(49 + 7), Attr(bars[1], "y2"), 1);
        Assert.Equal(figure.Frame.ToPixelY(49 - 7), Attr(bars[1], "y1"), 1);
        Assert.Equal(2, group.Elements(SvgDocument.Ns + "circle").Count());
    }

    [Fact]
    public void Band_WhenAboveCurve_ClosesAtTopOfPlotArea()
    {
        Figure figure = LogLog().Add(new BandSeries("excluded", [1e-3, 1e-2, 1e-1], [1e-10, 1e-10, 1e-9], upper: null));
        XElement polygon = new SvgDocument(figure.ToSvg()).Series("band", "excluded").Elements(SvgDocument.Ns + "polygon").Single();
        IReadOnlyList<(double X, double Y)> points = SvgDocument.Points(polygon);
        Assert.Equal(6, points.Count);
        Assert.All(points.Skip(3), p => Assert.True(p.Y < figure.Frame.TopPx));
    }

    [Fact]
    public void ReferenceLine_Always_DrawsAtItsValueWithLabel()
    {
        var figure = new Figure(640, 480) { X = Axis.Linear("x", 0, 1), Y = Axis.Linear("Δχ^2", 0, 8) };
        figure.Add(new ReferenceLine(2.71, "90% CL"));
        var doc = new SvgDocument(figure.ToSvg());
        XElement group = doc.Groups("reference").Single();
        XElement line = group.Elements(SvgDocument.Ns + "line").Single();
        Assert.Equal(figure.Frame.ToPixelY(2.71), Attr(line, "y1"), 1);
        Assert.Equal("90% CL", group.Elements(SvgDocument.Ns + "text").Single().Value);
        Assert.Empty(doc.LegendLabels());
    }

    [Fact]
    public void Legend_WhenPositionNone_IsNotDrawn()
    {
        var figure = new Figure(640, 480) { X = Axis.Linear("x", 0, 1), Y = Axis.Linear("y", 0, 1), Legend = LegendPosition.None };
        figure.Add(new LineSeries("a", [0, 1], [0, 1]));
        Assert.Empty(new SvgDocument(figure.ToSvg()).Groups("legend"));
    }

    [Fact]
    public void Palette_WhenNoColorGiven_AssignsDistinctColorsInOrder()
    {
        var figure = new Figure(640, 480) { X = Axis.Linear("x", 0, 1), Y = Axis.Linear("y", 0, 1) };
        figure.Add(new LineSeries("a", [0, 1], [0, 1])).Add(new LineSeries("b", [0, 1], [1, 0]));
        var doc = new SvgDocument(figure.ToSvg());
        string Stroke(string label) => (string)doc.Series("line", label).Elements(SvgDocument.Ns
            + "polyline").Single().Attribute("stroke")!;
        Assert.Equal(Palette.Lines[0], Stroke("a"));
        Assert.Equal(Palette.Lines[1], Stroke("b"));
    }

    private static double Attr(XElement element, string name) =>
        double.Parse((string)element.Attribute(name)!, CultureInfo.InvariantCulture);
}
