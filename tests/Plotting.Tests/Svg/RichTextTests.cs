using DipolePortal.Plotting.Svg;

namespace DipolePortal.Plotting.Tests.Svg;

public sealed class RichTextTests
{
    [Fact]
    public void ToSvg_WhenBracedSubscript_WritesSubTspan()
    {
        Assert.Equal(
            "μ<tspan baseline-shift=\"sub\" font-size=\"70%\">e4</tspan> [μ<tspan baseline-shift=\"sub\" font-size=\"70%\">B</tspan>]",
            RichText.ToSvg("μ_{e4} [μ_B]"));
    }

    [Fact]
    public void ToSvg_WhenNegativeExponent_WritesSuperTspanWithMinusSign()
    {
        Assert.Equal("10<tspan baseline-shift=\"super\" font-size=\"70%\">\u221211</tspan>", RichText.ToSvg("10^{-11}"));
    }

    [Fact]
    public void ToSvg_WhenScriptsNest_NestsTspans()
    {
        Assert.Equal("E<tspan baseline-shift=\"sub\" font-size=\"70%\">ν<tspan baseline-shift=\"sub\" font-size=\"70%\">4</tspan></tspan>",
            RichText.ToSvg("E_{ν_4}"));
    }

    [Fact]
    public void ToSvg_WhenXmlSpecialCharacters_EscapesThem()
    {
        Assert.Equal("a &lt; b &amp; c", RichText.ToSvg("a < b & c"));
    }

    [Theory]
    [InlineData("m_4 [MeV]", "m4 [MeV]")]
    [InlineData("Δχ^2", "Δχ2")]
    [InlineData("unclosed _{brace", "unclosed _{brace")]
    [InlineData("trailing_", "trailing_")]
    public void ToPlain_Always_DropsMarkupOnly(string markup, string plain)
    {
        Assert.Equal(plain, RichText.ToPlain(markup));
    }

    [Fact]
    public void EstimateWidthPx_WhenScripted_IsNarrowerThanPlain()
    {
        Assert.True(RichText.EstimateWidthPx("10^{-12}", 13) < RichText.EstimateWidthPx("10-12", 13));
    }
}
