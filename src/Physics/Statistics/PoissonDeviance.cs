namespace DipolePortal.Physics.Statistics;

/// <summary>
/// One bin's Poisson deviance term of seed 002 Eq. (7), E − O + O ln(O/E) (→ E for O = 0), computed without the
/// cancellation of the naive form when E ≈ O with large counts.
/// </summary>
internal static class PoissonDeviance
{
    /// <summary>
    /// E − O + O ln(O/E) = (E − O) − O ln(1 + d), d = (E − O)/O, with ln(1 + d) evaluated accurately
    /// (<see cref="AccurateLogarithm.OnePlus"/>), so the result keeps full relative precision even at 10⁸ counts.
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
        return difference - (observed * AccurateLogarithm.OnePlus(d));
    }
}
