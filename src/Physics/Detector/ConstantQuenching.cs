namespace DipolePortal.Physics.Detector;

/// <summary>A constant quenching factor Y(T_nr) = Y₀ (e.g. Y₀ = 1 for electron recoils, which need no conversion).</summary>
public sealed class ConstantQuenching : Quenching
{
    /// <summary>Creates Y = <paramref name="yield"/>, 0 &lt; Y ≤ 1.</summary>
    public ConstantQuenching(double yield)
    {
        if (!(yield > 0 && yield <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(yield), yield, "a constant quenching factor must lie in (0, 1]");
        }

        Value = yield;
    }

    /// <summary>Y₀ [dimensionless].</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public override double Yield(double nuclearRecoilMeV) => Value;

    /// <inheritdoc/>
    public override double YieldSlopePerMeV(double nuclearRecoilMeV) => 0;
}
