namespace DipolePortal.Physics.Statistics;

/// <summary>The shared domain check for the signal strength s = μ² [μ_B²].</summary>
internal static class SignalStrengthGuard
{
    /// <summary>True when s is finite and ≥ 0.</summary>
    public static bool IsValid(double muSquaredMuB2) => muSquaredMuB2 >= 0 && !double.IsPositiveInfinity(muSquaredMuB2);

    /// <summary>Throws unless s is finite and ≥ 0.</summary>
    public static void ThrowIfInvalid(double muSquaredMuB2)
    {
        if (!IsValid(muSquaredMuB2))
        {
            throw new ArgumentOutOfRangeException(
                nameof(muSquaredMuB2), muSquaredMuB2, $"s = μ² = {muSquaredMuB2} μ_B² must be finite and ≥ 0.");
        }
    }
}
