namespace DipolePortal.Physics.Shining;

/// <summary>
/// The stretch of the ν4 flight path, from StartCm to EndCm measured from the production point in the target, in which a
/// decay photon is seen. Geometry assumption: every ν4 crosses the photon detector between these path lengths whatever
/// its direction (a detector enclosing the target), so the distances are along the ν4 path.
/// </summary>
/// <param name="StartCm">Path length at which the sensitive region begins, d1 [cm], ≥ 0.</param>
/// <param name="EndCm">Path length at which it ends, d2 [cm], ≥ d1.</param>
public readonly record struct DecayRegion(double StartCm, double EndCm)
{
    /// <summary>
    /// Decays within 5 cm of the production point: seed 004, "travels a maximum distance of 5 cm before it subsequently
    /// decays" (Bolton et al., PRD 106, 035036 (2022), arXiv:2110.02233).
    /// </summary>
    public static DecayRegion WithinFiveCm { get; } = new(0.0, 5.0);

    /// <summary>True when 0 ≤ StartCm ≤ EndCm and both are finite.</summary>
    public bool IsValid => StartCm >= 0 && EndCm >= StartCm && double.IsFinite(EndCm);

    /// <summary>Probability that a ν4 with lab decay length L decays in the region: exp(−d1/L) − exp(−d2/L).</summary>
    /// <remarks>
    /// Exponential decay law along the path. Written as exp(−d1/L)(−expm1(−(d2 − d1)/L)) so that the long-lifetime limit
    /// (d2 − d1)/L keeps full precision. L → ∞ gives 0; L → 0 gives 1 if d1 = 0, else 0.
    /// </remarks>
    /// <param name="decayLengthCm">Lab-frame decay length L = γβcτ [cm], &gt; 0.</param>
    public double Probability(double decayLengthCm)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(decayLengthCm);
        double survive = Math.Exp(-StartCm / decayLengthCm);
        double width = (EndCm - StartCm) / decayLengthCm;
        return survive * -ExpMinusOne(-width);
    }

    private static double ExpMinusOne(double x) => Math.Abs(x) < 1e-5 ? x + x * x / 2 + x * x * x / 6 : Math.Exp(x) - 1;
}
