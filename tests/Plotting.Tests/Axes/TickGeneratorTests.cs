using DipolePortal.Plotting.Axes;

namespace DipolePortal.Plotting.Tests.Axes;

public sealed class TickGeneratorTests
{
    [Fact]
    public void Log_WhenRangeIsWholeDecades_LabelsEveryDecadeAndAddsEightMinorsPerDecade()
    {
        IReadOnlyList<Tick> ticks = TickGenerator.Log(1e-12, 1e-8);
        Assert.Equal([1e-12, 1e-11, 1e-10, 1e-9, 1e-8], ticks.Where(t => t.IsMajor).Select(t => t.Value), new RelativeComparer());
        Assert.Equal(["10^{-12}", "10^{-11}", "10^{-10}", "10^{-9}", "10^{-8}"], ticks.Where(t => t.IsMajor).Select(t => t.Label));
        Assert.Equal(4 * 8, ticks.Count(t => !t.IsMajor));
        Assert.All(ticks.Where(t => !t.IsMajor), t => Assert.Null(t.Label));
    }

    [Fact]
    public void Log_WhenRangeHoldsLessThanTwoDecades_LabelsTwoAndFiveToo()
    {
        IReadOnlyList<Tick> ticks = TickGenerator.Log(0.15, 4);
        Assert.Equal(["2×10^{-1}", "5×10^{-1}", "10^{0}", "2×10^{0}"], ticks.Where(t => t.Label is not null).Select(t => t.Label));
    }

    [Fact]
    public void Log_WhenManyDecades_LabelsAtMostTenOfThem()
    {
        IReadOnlyList<Tick> ticks = TickGenerator.Log(1e-20, 1e0);
        Assert.InRange(ticks.Count(t => t.Label is not null), 5, 11);
        Assert.Equal(21, ticks.Count(t => t.IsMajor));
    }

    [Theory]
    [InlineData(0.0, 8.0, 2.0, "0")]
    [InlineData(0.0, 1.0, 0.2, "0.0")]
    [InlineData(-50.0, 50.0, 20.0, "−40")]
    [InlineData(1.0, 31.0, 5.0, "5")]
    public void Linear_Always_StepsByOneTwoOrFiveTimesAPowerOfTen(double min, double max, double step, string firstLabel)
    {
        IReadOnlyList<Tick> ticks = TickGenerator.Linear(min, max);
        Assert.InRange(ticks.Count, 4, 12);
        for (int i = 1; i < ticks.Count; i++)
        {
            Assert.Equal(step, ticks[i].Value - ticks[i - 1].Value, 9);
        }

        Assert.Equal(firstLabel, ticks[0].Label);
    }

    [Theory]
    [InlineData(0.7, 1.0)]
    [InlineData(1.3, 2.0)]
    [InlineData(3.0, 5.0)]
    [InlineData(7.0, 10.0)]
    [InlineData(0.013, 0.02)]
    public void NiceStep_Always_RoundsUpToOneTwoOrFive(double raw, double expected)
    {
        Assert.Equal(expected, TickGenerator.NiceStep(raw), 12);
    }

    private sealed class RelativeComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x / y - 1) < 1e-12;

        public int GetHashCode(double obj) => 0;
    }
}
