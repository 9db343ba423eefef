namespace DipolePortal.Physics.Tests;

/// <summary>The single comparison helper for physics tests: every check states its tolerance and its source.</summary>
internal static class Tolerance
{
    /// <summary>Asserts |actual − expected| ≤ rel·|expected|.</summary>
    public static void AssertRelative(double expected, double actual, double rel, string because)
    {
        double diff = Math.Abs(actual - expected);
        double allowed = rel * Math.Abs(expected);
        Assert.True(
            diff <= allowed && !double.IsNaN(actual),
            $"{because}: expected {expected:G10}, got {actual:G10} (relative difference {(expected == 0 ? double.NaN : diff / Math.Abs(expected)):G3} > {rel:G3})");
    }

    /// <summary>Asserts |actual − expected| ≤ abs.</summary>
    public static void AssertAbsolute(double expected, double actual, double abs, string because)
    {
        double diff = Math.Abs(actual - expected);
        Assert.True(diff <= abs && !double.IsNaN(actual), $"{because}: expected {expected:G10}, got {actual:G10} (|difference| {diff:G3} > {abs:G3})");
    }
}
