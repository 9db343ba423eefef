using DipolePortal.Physics.Detector;

namespace DipolePortal.Physics.Tests.Detector;

public class EfficiencyTests
{
    private static readonly Efficiency Table = new([0.001, 0.002, 0.004], [0.2, 0.6, 0.8], EfficiencyOutsideTable.Zero);

    [Theory]
    [InlineData(0.0015, 0.4)]
    [InlineData(0.003, 0.7)]
    [InlineData(0.002, 0.6)]
    [InlineData(0.0005, 0.0)]
    [InlineData(0.005, 0.0)]
    public void At_WhenZeroOutside_InterpolatesLinearlyAndVanishesOutside(double energyMeV, double expected) =>
        Tolerance.AssertAbsolute(expected, Table.At(energyMeV), 1e-12, "linear interpolation by hand");

    [Fact]
    public void At_WhenClampOutside_ReturnsEndValues()
    {
        var clamp = new Efficiency([0.001, 0.004], [0.2, 0.8], EfficiencyOutsideTable.Clamp);
        Tolerance.AssertAbsolute(0.2, clamp.At(0.0001), 0, "clamped below");
        Tolerance.AssertAbsolute(0.8, clamp.At(1.0), 0, "clamped above");
    }

    [Fact]
    public void Constructor_WhenValueAboveOne_Throws() =>
        Assert.Throws<ArgumentException>(() => new Efficiency([0.001], [1.2], EfficiencyOutsideTable.Zero));
}
