namespace DipolePortal.Physics.Statistics;

/// <summary>
/// One bin's Poisson deviance term of seed 002 Eq. (7), E − O + O ln(O/E) (→ E for O = 0), computed without the
/// cancellation of the naive form when E ≈ O with large counts.
/// </summary>
internal static class PoissonDeviance
{
    /// <summary>
    /// E − O + O ln(O/E) = (E − O) − O ln(1 + d), d = (E − O)/O, with ln(1 + d) evaluated accurately (Goldberg's
    /// ln(u)·d/(u − 1), u = 1 + d), so the result keeps full relative precision even at 10⁸ counts.
    /// Requires E &gt; 0 when O &gt; 0.
    /// </summary>
    public static double Term(double observed, double expected)
    {
        if (observed == 0)
        {
            return expected;
        }

        double difference = expected - observed;
        double d = difference / observed;
        double u = 1 + d;
        double logOnePlusD = u == 1 ? d : Math.Log(u) * d / (u - 1);
        return difference - (observed * logOnePlusD);
    }
}
