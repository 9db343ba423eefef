namespace DipolePortal.Physics;

/// <summary>ln(1 + x) to full relative precision for small x, where Math.Log(1 + x) loses the digits of x.</summary>
internal static class AccurateLogarithm
{
    /// <summary>
    /// ln(1 + x) for x &gt; −1 (dimensionless), as ln(u)·x/(u − 1) with u = 1 + x rounded (Goldberg, "What every
    /// computer scientist should know about floating-point arithmetic", Theorem 4): the rounding of u cancels.
    /// </summary>
    public static double OnePlus(double x)
    {
        double u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }
}
