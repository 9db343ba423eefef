using DipolePortal.Plotting.Axes;

namespace DipolePortal.Plotting.Tests.Axes;

public sealed class NiceRangeTests
{
    [Fact]
    public void LogDecades_WhenValuesIncludeNonPositiveAndNaN_CoversPositiveFiniteOnes()
    {
        DataRange range = NiceRange.LogDecades([3e-11, double.NaN, 0, -1, 2.5e-9, double.PositiveInfinity]);
        Assert.Equal(1e-11, range.Min, 1e-24);
        Assert.Equal(1e-8, range.Max, 1e-21);
    }

    [Fact]
    public void LogDecades_WhenValueIsExactDecade_KeepsIt()
    {
        DataRange range = NiceRange.LogDecades([1e-11, 1e-9]);
        Assert.Equal(1e-11, range.Min, 1e-24);
        Assert.Equal(1e-9, range.Max, 1e-22);
    }

    [Fact]
    public void LogDecades_WhenNoUsableValue_ReturnsFallback()
    {
        Assert.Equal(new DataRange(0.1, 10), NiceRange.LogDecades([double.NaN, 0]));
    }

    [Fact]
    public void Linear_WhenIncludeZero_StartsAtZeroAndEndsOnAStep()
    {
        DataRange range = NiceRange.Linear([3.2, 47.5], includeZero: true);
        Assert.Equal(0, range.Min);
        Assert.Equal(50, range.Max, 9);
    }

    [Fact]
    public void Axis_WhenLogWithNonPositiveMin_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Axis.Log("x", 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Axis.Linear("x", 2, 1));
    }

    [Theory]
    [InlineData(1e-12, 1e-8, 3.3e-10)]
    [InlineData(0.0, 10.0, 7.25)]
    public void ToFraction_ThenFromFraction_RoundTrips(double min, double max, double value)
    {
        Axis axis = min > 0 ? Axis.Log("t", min, max) : Axis.Linear("t", min, max);
        Assert.Equal(1.0, axis.FromFraction(axis.ToFraction(value)) / value, 12);
    }
}
