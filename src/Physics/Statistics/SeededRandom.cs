using System.Text;
using MathNet.Numerics;

namespace DipolePortal.Physics.Statistics;

/// <summary>
/// A random generator whose sequence depends only on a text key, the same in every process and on every run: the
/// state is seeded with the 64-bit FNV-1a hash of the key's UTF-8 bytes (never <see cref="string.GetHashCode()"/>, which
/// is randomized per process) and advanced by SplitMix64 (Steele, Lea and Flood, OOPSLA 2014). Not for cryptography.
/// </summary>
public sealed class SeededRandom
{
    private const ulong FnvOffsetBasis = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>Below this mean, Poisson counts are drawn by inversion; at and above it, by PTRS.</summary>
    private const double InversionMaximumMean = 10;

    private ulong _state;

    /// <summary>A generator seeded from <paramref name="key"/>.</summary>
    /// <param name="key">Any text, e.g. "scan/xenonnt/e/0/2/17" (shard, m4 index, pseudo-experiment index).</param>
    public SeededRandom(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _state = Fnv1a64(key);
    }

    /// <summary>The 64-bit FNV-1a hash of the UTF-8 bytes of <paramref name="key"/> ("a" → 0xaf63dc4c8601ec8c).</summary>
    public static ulong Fnv1a64(string key)
    {
        ulong hash = FnvOffsetBasis;
        foreach (byte b in Encoding.UTF8.GetBytes(key))
        {
            hash = unchecked((hash ^ b) * FnvPrime);
        }

        return hash;
    }

    /// <summary>The next 64 random bits (SplitMix64).</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            ulong z = _state += 0x9E3779B97F4A7C15;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A uniform number in the open interval (0, 1), on a grid of 2⁻⁵³.</summary>
    public double NextOpenUnit() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>
    /// A Poisson-distributed count with mean <paramref name="meanCounts"/> [events]: inversion by sequential search below
    /// a mean of 10, Hörmann's transformed rejection PTRS above (Insurance: Mathematics and Economics 12 (1993) 39).
    /// </summary>
    /// <param name="meanCounts">Mean λ ≥ 0, finite [events].</param>
    public double NextPoisson(double meanCounts)
    {
        if (!(meanCounts >= 0) || double.IsInfinity(meanCounts))
        {
            throw new ArgumentOutOfRangeException(nameof(meanCounts), meanCounts, "A Poisson mean must be finite and ≥ 0 [events].");
        }

        return meanCounts < InversionMaximumMean ? ByInversion(meanCounts) : ByTransformedRejection(meanCounts);
    }

    private double ByInversion(double meanCounts)
    {
        double u = NextOpenUnit();
        double probability = Math.Exp(-meanCounts);
        double cumulative = probability;
        double k = 0;
        while (u > cumulative && probability > 0)
        {
            k++;
            probability *= meanCounts / k;
            cumulative += probability;
        }

        return k;
    }

    private double ByTransformedRejection(double meanCounts)
    {
        // PTRS constants, Hörmann (1993) Table 1.
        double logMean = Math.Log(meanCounts);
        double b = 0.931 + (2.53 * Math.Sqrt(meanCounts));
        double a = -0.059 + (0.02483 * b);
        double inverseAlpha = 1.1239 + (1.1328 / (b - 3.4));
        double vr = 0.9277 - (3.6224 / (b - 2));
        while (true)
        {
            double u = NextOpenUnit() - 0.5;
            double v = NextOpenUnit();
            double us = 0.5 - Math.Abs(u);
            double k = Math.Floor((((2 * a / us) + b) * u) + meanCounts + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + Math.Log(inverseAlpha) - Math.Log((a / (us * us)) + b) <= -meanCounts + (k * logMean) - SpecialFunctions.GammaLn(k + 1))
            {
                return k;
            }
        }
    }
}
