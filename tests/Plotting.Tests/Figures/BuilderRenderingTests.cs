using DipolePortal.Plotting.Figures;
using DipolePortal.Plotting.Tests.Rendering;

namespace DipolePortal.Plotting.Tests.Figures;

/// <summary>Every builder's output renders to PNG with a real SVG renderer (librsvg) without errors, and is deterministic.</summary>
public sealed class BuilderRenderingTests
{
    public static TheoryData<string> Builders => ["exclusion", "spectrum", "profile", "emin", "distribution"];

    [Theory]
    [MemberData(nameof(Builders))]
    public void Build_WhenRenderedWithRsvg_ProducesPng(string name)
    {
        string svg = BuildSvg(name);
        string png = SvgRasterizer.RenderPng(svg, name);
        Assert.True(new FileInfo(png).Length > 5_000, $"{png} looks empty");
    }

    [Theory]
    [MemberData(nameof(Builders))]
    public void Build_WhenCalledTwiceWithEqualInput_IsByteIdentical(string name)
    {
        Assert.Equal(BuildSvg(name), BuildSvg(name));
    }

    [Theory]
    [MemberData(nameof(Builders))]
    public void Build_Always_ProducesWellFormedSvgWithClippedData(string name)
    {
        var doc = new SvgDocument(BuildSvg(name));
        Assert.Equal($"url(#{Figure.ClipId})", (string?)doc.Groups("data").Single().Attribute("clip-path"));
        Assert.Single(doc.Root.Descendants(SvgDocument.Ns + "clipPath"), c => (string?)c.Attribute("id") == Figure.ClipId);
    }

    private static string BuildSvg(string name) => name switch
    {
        "exclusion" => ExclusionFigure.Build(SampleData.Exclusion()).ToSvg(),
        "spectrum" => SpectrumFigure.Build(SampleData.Spectrum()).ToSvg(),
        "profile" => ProfileFigure.Build(SampleData.Profile()).ToSvg(),
        "emin" => EminFigure.Build(SampleData.Emin()).ToSvg(),
        "distribution" => DistributionFigure.Build(SampleData.Distribution()).ToSvg(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown builder"),
    };
}
