using System.Globalization;
using System.Xml.Linq;
using DipolePortal.Plotting.Figures;
using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Tests.Rendering;

namespace DipolePortal.Plotting.Tests.Figures;

/// <summary>The SVG written by each builder, parsed as XML, carries the input data: counts, pixel positions, ticks, legend.</summary>
public sealed class BuilderDataTests
{
    [Fact]
    public void Exclusion_Always_DrawsEveryFinitePointAtItsPixelWithinHalfAPixel()
    {
        ExclusionPlotInput input = SampleData.Exclusion();
        Figure figure = ExclusionFigure.Build(input);
        var doc = new SvgDocument(figure.ToSvg());
        foreach (ExclusionCurve curve in input.Curves.Concat(input.Overlays!))
        {
            List<(double X, double Y)> drawn = doc.Series("line", curve.Label).Elements(SvgDocument.Ns + "polyline")
                .SelectMany(SvgDocument.Points).ToList();
            var finite = curve.M4MeV.Zip(curve.MuMuB).Where(p => double.IsFinite(p.First) && double.IsFinite(p.Second)).ToList();
            Assert.Equal(finite.Count, drawn.Count);
            for (int i = 0; i < finite.Count; i++)
            {
                AssertWithinHalfPixel(figure.Frame, finite[i].First, finite[i].Second, drawn[i]);
            }
        }
    }

    [Fact]
    public void Exclusion_Always_LabelsEveryDecadeOnBothAxesWithSuperscripts()
    {
        Figure figure = ExclusionFigure.Build(SampleData.Exclusion());
        var doc = new SvgDocument(figure.ToSvg());
        AssertDecades(doc.TickValues("x-axis"), figure.X.Min, figure.X.Max);
        AssertDecades(doc.TickValues("y-axis"), figure.Y.Min, figure.Y.Max);
        XElement label = doc.TickLabel("y-axis", 1e-11);
        XElement super = Assert.Single(label.Elements(SvgDocument.Ns + "tspan"));
        Assert.Equal("super", (string?)super.Attribute("baseline-shift"));
        Assert.Equal("\u221211", super.Value);
        Assert.Equal("10\u221211", label.Value);
    }

    [Fact]
    public void Exclusion_Always_ListsCurveLabelsInLegendAndStylesByKind()
    {
        ExclusionPlotInput input = SampleData.Exclusion();
        var doc = new SvgDocument(ExclusionFigure.Build(input).ToSvg());
        Assert.Equal(input.Curves.Concat(input.Overlays!).Select(c => c.Label), doc.LegendLabels());
        string? Dash(string label) => (string?)doc.Series("line", label).Elements(SvgDocument.Ns
            + "polyline").First().Attribute("stroke-dasharray");
        Assert.Null(Dash("XENONnT (1 dof)"));
        Assert.NotNull(Dash("XENONnT (2 dof)"));
        string Stroke(string label) => (string)doc.Series("line", label).Elements(SvgDocument.Ns + "polyline").First().Attribute("stroke")!;
        Assert.Equal(Stroke("XENONnT (1 dof)"), Stroke("XENONnT (2 dof)"));
        Assert.NotEqual(Stroke("XENONnT (1 dof)"), Stroke("PandaX-4T Run1 (1 dof)"));
        Assert.Equal(2, doc.Groups("band").Count());
    }

    [Fact]
    public void Spectrum_Always_PlacesDataPointsAtBinCentresWithSqrtNErrors()
    {
        SpectrumPlotInput input = SampleData.Spectrum();
        Figure figure = SpectrumFigure.Build(input);
        var doc = new SvgDocument(figure.ToSvg());
        XElement data = doc.Series("points", SpectrumFigure.DataLabel);
        List<XElement> markers = data.Elements(SvgDocument.Ns + "circle").ToList();
        Assert.Equal(input.ObservedCounts.Count, markers.Count);
        List<XElement> verticalBars = data.Elements(SvgDocument.Ns + "line").Where(l => Attr(l, "x1") == Attr(l, "x2")).ToList();
        for (int i = 0; i < markers.Count; i++)
        {
            double centre = 0.5 * (input.RecoilBinEdgesKeV[i] + input.RecoilBinEdgesKeV[i + 1]);
            AssertWithinHalfPixel(figure.Frame, centre, input.ObservedCounts[i], (Attr(markers[i], "cx"), Attr(markers[i], "cy")));
            double error = Math.Sqrt(input.ObservedCounts[i]);
            Assert.InRange(Attr(verticalBars[i], "y2") - figure.Frame.ToPixelY(input.ObservedCounts[i] + error), -0.5, 0.5);
        }
    }

    [Fact]
    public void Spectrum_Always_StacksBackgroundsAndSmAndListsAllInLegend()
    {
        SpectrumPlotInput input = SampleData.Spectrum();
        Figure figure = SpectrumFigure.Build(input);
        var doc = new SvgDocument(figure.ToSvg());
        List<XElement> layers = doc.Groups("stack").Single().Elements(SvgDocument.Ns + "polygon").ToList();
        Assert.Equal(input.Backgrounds.Count + 1, layers.Count);
        IReadOnlyList<string> legend = doc.LegendLabels();
        Assert.Contains(input.StandardModel.Label, legend);
        Assert.All(input.Backgrounds, b => Assert.Contains(b.Label, legend));
        Assert.All(input.Dipoles, d => Assert.Contains(d.Label, legend));
        Assert.Contains(SpectrumFigure.TotalLabel, legend);
        Assert.Contains(SpectrumFigure.DataLabel, legend);

        // The B + SM outline sits at the sum of the stacked contents in the first bin.
        double firstBinTotal = input.Backgrounds.Sum(b => b.Counts[0]) + input.StandardModel.Counts[0];
        IReadOnlyList<(double X, double Y)> outline = SvgDocument.Points(doc.Series("step",
            SpectrumFigure.TotalLabel).Elements(SvgDocument.Ns + "polyline").Single());
        Assert.InRange(outline[1].Y - figure.Frame.ToPixelY(firstBinTotal), -0.5, 0.5);
    }

    [Fact]
    public void Profile_Always_DrawsClLinesAt271And461AndOneCurvePerProfile()
    {
        ProfilePlotInput input = SampleData.Profile();
        Figure figure = ProfileFigure.Build(input);
        var doc = new SvgDocument(figure.ToSvg());
        List<double> levels = doc.Groups("reference").Select(g => double.Parse((string)g.Attribute("data-y")!,
            CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([2.71, 4.61], levels);
        foreach (XElement line in doc.Groups("reference").Select(g => g.Elements(SvgDocument.Ns + "line").Single()))
        {
            double level = figure.Frame.FromPixelY(Attr(line, "y1"));
            Assert.True(Math.Abs(level - 2.71) < 0.01 || Math.Abs(level - 4.61) < 0.01, $"CL line at Δχ² = {level}");
        }

        Assert.Equal(input.Profiles.Select(p => p.Label), doc.LegendLabels());
        foreach (LikelihoodProfile profile in input.Profiles)
        {
            int drawn = doc.Series("line", profile.Label).Elements(SvgDocument.Ns + "polyline").Sum(p => SvgDocument.Points(p).Count);
            Assert.Equal(profile.MuMuB.Count, drawn);
        }
    }

    [Fact]
    public void Emin_WhenNoLabelsGiven_NamesCurvesByMass()
    {
        EminPlotInput input = SampleData.Emin();
        Figure figure = EminFigure.Build(input);
        var doc = new SvgDocument(figure.ToSvg());
        Assert.Equal(["m_4 = 0 MeV", "m_4 = 0.01 MeV", "m_4 = 0.1 MeV", "m_4 = 0.5 MeV"], doc.LegendLabels());
        EminCurve heaviest = input.Curves[^1];
        IReadOnlyList<(double X, double Y)> points = SvgDocument.Points(doc.Series("line", "m_4 = 0.5 MeV").Elements(SvgDocument.Ns
            + "polyline").Single());
        Assert.Equal(heaviest.RecoilMeV.Count, points.Count);
        AssertWithinHalfPixel(figure.Frame, heaviest.RecoilMeV[7], heaviest.EminMeV[7], points[7]);
        AssertDecades(doc.TickValues("y-axis"), figure.Y.Min, figure.Y.Max);
    }

    [Fact]
    public void Distribution_Always_DrawsOneStepOutlinePerHistogram()
    {
        DistributionPlotInput input = SampleData.Distribution();
        Figure figure = DistributionFigure.Build(input);
        var doc = new SvgDocument(figure.ToSvg());
        Assert.Equal(input.Histograms.Select(h => h.Label), doc.LegendLabels());
        foreach (DistributionHistogram histogram in input.Histograms)
        {
            IReadOnlyList<(double X, double Y)> points = SvgDocument.Points(doc.Series("step", histogram.Label).Elements(SvgDocument.Ns
                + "polyline").Single());
            Assert.Equal(2 * histogram.Contents.Count + 2, points.Count);
            Assert.InRange(points[2 * 10 + 1].Y - figure.Frame.ToPixelY(histogram.Contents[10]), -0.5, 0.5);
        }
    }

    private static void AssertWithinHalfPixel(PlotFrame frame, double x, double y, (double X, double Y) drawn)
    {
        Assert.InRange(drawn.X - frame.ToPixelX(x), -0.5, 0.5);
        Assert.InRange(drawn.Y - frame.ToPixelY(y), -0.5, 0.5);
    }

    private static void AssertDecades(IReadOnlyList<double> labelled, double min, double max)
    {
        for (int n = (int)Math.Round(Math.Log10(min)); n <= (int)Math.Round(Math.Log10(max)); n++)
        {
            double decade = Math.Pow(10, n);
            Assert.Contains(labelled, v => Math.Abs(v / decade - 1) < 1e-9);
        }
    }

    private static double Attr(XElement element, string name) => double.Parse((string)element.Attribute(name)!,
        CultureInfo.InvariantCulture);
}
