using System.Runtime.Intrinsics;

namespace DipolePortal.Physics.Statistics;

/// <summary>
/// Dot products and element-wise products over the bins for the Newton profiler, four lanes at a time. The lanes are
/// added in a fixed order and no fused multiply-add is used, so results are the same bits on every machine, with or
/// without AVX (determinism across heterogeneous workers).
/// </summary>
internal static class BinDot
{
    /// <summary>Σₖ aₖ bₖ over equal-length spans.</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int k = 0;
        Vector256<double> sum = Vector256<double>.Zero;
        for (; k + 4 <= a.Length; k += 4)
        {
            sum += Vector256.Create(a.Slice(k, 4)) * Vector256.Create(b.Slice(k, 4));
        }

        double total = (sum.GetElement(0) + sum.GetElement(1)) + (sum.GetElement(2) + sum.GetElement(3));
        for (; k < a.Length; k++)
        {
            total += a[k] * b[k];
        }

        return total;
    }

    /// <summary>sumₖ += factor·aₖ (a multiply, then an add: no fused multiply-add).</summary>
    public static void AddScaled(double factor, ReadOnlySpan<double> a, Span<double> sum)
    {
        int k = 0;
        var scale = Vector256.Create(factor);
        for (; k + 4 <= a.Length; k += 4)
        {
            (Vector256.Create(sum.Slice(k, 4)) + (scale * Vector256.Create(a.Slice(k, 4)))).CopyTo(sum.Slice(k, 4));
        }

        for (; k < a.Length; k++)
        {
            sum[k] += factor * a[k];
        }
    }

    /// <summary>productₖ = aₖ bₖ.</summary>
    public static void Multiply(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> product)
    {
        int k = 0;
        for (; k + 4 <= a.Length; k += 4)
        {
            (Vector256.Create(a.Slice(k, 4)) * Vector256.Create(b.Slice(k, 4))).CopyTo(product.Slice(k, 4));
        }

        for (; k < a.Length; k++)
        {
            product[k] = a[k] * b[k];
        }
    }
}
