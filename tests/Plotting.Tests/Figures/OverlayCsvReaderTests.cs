using DipolePortal.Plotting.Figures;

namespace DipolePortal.Plotting.Tests.Figures;

public sealed class OverlayCsvReaderTests
{
    [Fact]
    public void Read_WhenHeaderCommentsAndMixedSeparators_ReadsRows()
    {
        const string csv = "# digitized from a figure\nm4_MeV,mu_muB\n\n0.001, 3e-10\n0.01;3.2e-10\n0.1\t4E-10\n";
        ExclusionCurve curve = OverlayCsvReader.Read(new StringReader(csv), "Borexino");
        Assert.Equal([0.001, 0.01, 0.1], curve.M4MeV);
        Assert.Equal([3e-10, 3.2e-10, 4e-10], curve.MuMuB);
        Assert.Equal(ExclusionCurveKind.Overlay, curve.Kind);
        Assert.Equal("Borexino", curve.Label);
    }

    [Fact]
    public void Read_WhenRowIsNotNumeric_NamesSourceAndLine()
    {
        FormatException error = Assert.Throws<FormatException>(
            () => OverlayCsvReader.Read(new StringReader("m4,mu\n0.1,1e-10\n0.2,abc\n"), "x", "limits.csv"));
        Assert.Contains("limits.csv line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenNoRows_Throws()
    {
        Assert.Throws<FormatException>(() => OverlayCsvReader.Read(new StringReader("# nothing\n"), "x"));
    }
}
