using DipolePortal.Messages;

namespace DipolePortal.Messages.Tests;

public sealed class GridSpecTests
{
    [Fact]
    public void Values_ForLogGrid_HasExactEndpointsAndFormula()
    {
        var grid = new GridSpec { Min = 1e-12, Max = 1e-8, Points = 5, Spacing = "log" };
        double[] values = grid.Values();

        Assert.Equal(5, values.Length);
        Assert.Equal(1e-12, values[0]);
        Assert.Equal(1e-8, values[4]);
        for (int i = 1; i < 4; i++)
        {
            // The documented formula, bit for bit: min·(max/min)^(i/(n−1)).
            Assert.Equal(1e-12 * Math.Pow(1e-8 / 1e-12, i / 4.0), values[i]);
            Assert.Equal(Math.Pow(10, -12 + i), values[i], 1e-12 * Math.Pow(10, -12 + i));
        }
    }

    [Fact]
    public void Values_ForLinearGrid_IsEvenlySpaced()
    {
        var grid = new GridSpec { Min = 0.1, Max = 0.3, Points = 3, Spacing = "lin" };
        Assert.Equal([0.1, 0.2, 0.3], grid.Values());
    }

    [Fact]
    public void Values_ForOnePoint_IsMin()
    {
        Assert.Equal([0.5], new GridSpec { Min = 0.5, Max = 0.5, Points = 1, Spacing = "log" }.Values());
    }

    [Fact]
    public void Values_WhenCalledTwice_IsDeterministic()
    {
        var grid = new GridSpec { Min = 0.001, Max = 1.0, Points = 60, Spacing = "log" };
        Assert.Equal(grid.Values(), grid.Values());
        Assert.True(grid.Values().Zip(grid.Values().Skip(1)).All(p => p.First < p.Second));
    }

    [Theory]
    [InlineData(1.0, 0.5, 3, "lin", "min = 1 is greater than max = 0.5")]
    [InlineData(-1.0, 1.0, 3, "log", "must be positive")]
    [InlineData(1.0, 2.0, 0, "log", "points = 0")]
    [InlineData(1.0, 2.0, 3, "cubic", "spacing = 'cubic'")]
    public void Values_WhenInvalid_ThrowsWithTheReason(double min, double max, int points, string spacing, string reason)
    {
        var grid = new GridSpec { Min = min, Max = max, Points = points, Spacing = spacing };
        ArgumentException e = Assert.Throws<ArgumentException>(() => grid.Values());
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }
}
