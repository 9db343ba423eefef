namespace DipolePortal.Physics.Units;

/// <summary>
/// Probabilities that a neutrino arrives at the detector as the mass eigenstate ν₁, ν₂ or ν₃ [dimensionless, each in
/// 0–1, summing to 1]; the mass-basis counterpart of <see cref="FlavorProbabilities"/> (seed 001 Sec. 2.1).
/// </summary>
/// <remarks>
/// Solar ν: the adiabatic MSW populations at production, P₁ = cos²θ₁₃^m cos²θ₁₂^m, P₂ = cos²θ₁₃^m sin²θ₁₂^m,
/// P₃ = sin²θ₁₃^m. A short-baseline source of flavor ℓ: |U_ℓ1|², |U_ℓ2|², |U_ℓ3|² (the weight of Λ_i4 in the coherent
/// μ²_eff,ℓ when Λ_i4 alone is switched on).
/// </remarks>
/// <param name="Nu1">P(ν₁).</param>
/// <param name="Nu2">P(ν₂).</param>
/// <param name="Nu3">P(ν₃).</param>
public readonly record struct MassStateProbabilities(double Nu1, double Nu2, double Nu3)
{
    /// <summary>P₁ + P₂ + P₃ (1 for a normalized state).</summary>
    public double Sum => Nu1 + Nu2 + Nu3;

    /// <summary>Weights selecting one mass state: (1, 0, 0) for ν₁ etc.</summary>
    /// <param name="massState">1, 2 or 3.</param>
    public static MassStateProbabilities Pure(int massState) => massState switch
    {
        1 => new(1, 0, 0),
        2 => new(0, 1, 0),
        3 => new(0, 0, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(massState), massState, "mass state is 1, 2 or 3"),
    };
}
