namespace DipolePortal.Physics.Oscillation;

/// <summary>
/// Three-flavor oscillation parameters in the standard PMNS parametrization: the three mixing angles (as sin²θ)
/// and the two mass-squared splittings [eV²], plus the Dirac phase δ_CP (<see cref="DeltaCpDegrees"/>), which does not
/// enter the incoherent solar probabilities of seed 002 Eq. (4) but does enter |U_μi|², |U_τi|² (<see cref="MixingMatrix"/>).
/// </summary>
/// <param name="SinSquaredTheta12">sin²θ₁₂ [dimensionless].</param>
/// <param name="SinSquaredTheta13">sin²θ₁₃ [dimensionless].</param>
/// <param name="SinSquaredTheta23">sin²θ₂₃ [dimensionless].</param>
/// <param name="DeltaMSquared21EV2">Δm²₂₁ = m₂² − m₁² [eV²].</param>
/// <param name="DeltaMSquared31EV2">Δm²₃₁ = m₃² − m₁² [eV²]; positive for normal ordering.</param>
public sealed record OscillationParameters(
    double SinSquaredTheta12,
    double SinSquaredTheta13,
    double SinSquaredTheta23,
    double DeltaMSquared21EV2,
    double DeltaMSquared31EV2)
{
    /// <summary>
    /// NuFIT 5.3 (2024) best fit, normal ordering, without the Super-Kamiokande atmospheric χ² table, as used by
    /// seeds 002/003: sin²θ₁₂ = 0.307, sin²θ₁₃ = 0.02224, sin²θ₂₃ = 0.454 (θ₂₃ ≈ 42.4°),
    /// Δm²₂₁ = 7.41×10⁻⁵ eV², Δm²₃₁ = 2.505×10⁻³ eV².
    /// </summary>
    /// <remarks>
    /// Source: I. Esteban et al., JHEP 09 (2020) 178, arXiv:2007.14792, v5.3 update at www.nu-fit.org (2024).
    /// Verification (2026-11-21): www.nu-fit.org could not be read from this machine; the numbers are those
    /// recalled in the issue and agree within 1σ with the NuFIT 6.0 values (arXiv:2410.05380) found in public code
    /// (θ₁₂ = 33.68°, θ₁₃ = 8.56°, Δm²₂₁ = 7.49×10⁻⁵ eV², Δm²₃₁ = 2.513×10⁻³ eV²). Check against the NuFIT 5.3
    /// table before publishing a limit; this is the only place they are set.
    /// </remarks>
    public static OscillationParameters NuFit53NormalOrdering { get; } = new(
        SinSquaredTheta12: 0.307,
        SinSquaredTheta13: 0.02224,
        SinSquaredTheta23: 0.454,
        DeltaMSquared21EV2: 7.41e-5,
        DeltaMSquared31EV2: 2.505e-3)
    {
        DeltaCpDegrees = 212,
    };

    /// <summary>
    /// Dirac CP phase δ_CP [degrees]; 0 unless set. NuFIT 5.3 normal ordering without the Super-Kamiokande table: 212°
    /// (recalled, not verified from www.nu-fit.org on this machine; its 1σ range is wide, roughly 170°–240°).
    /// </summary>
    /// <remarks>Enters only the ν_μ and ν_τ rows of |U_ℓi|² (the Λ_i4 weights of π-DAR ν_μ, ν̄_μ), through ±2s₁₂c₁₂s₂₃c₂₃s₁₃ cos δ_CP.</remarks>
    public double DeltaCpDegrees { get; init; }

    /// <summary>cos²θ₁₂ [dimensionless].</summary>
    public double CosSquaredTheta12 => 1 - SinSquaredTheta12;

    /// <summary>cos²θ₁₃ [dimensionless].</summary>
    public double CosSquaredTheta13 => 1 - SinSquaredTheta13;

    /// <summary>cos²θ₂₃ [dimensionless].</summary>
    public double CosSquaredTheta23 => 1 - SinSquaredTheta23;

    /// <summary>cos 2θ₁₂ = 1 − 2 sin²θ₁₂ [dimensionless].</summary>
    public double Cos2Theta12 => 1 - 2 * SinSquaredTheta12;

    /// <summary>cos 2θ₁₃ = 1 − 2 sin²θ₁₃ [dimensionless].</summary>
    public double Cos2Theta13 => 1 - 2 * SinSquaredTheta13;

    /// <summary>True when every sin² lies in [0, 1] and Δm²₂₁ &gt; 0 (the solar sector needs the LMA sign).</summary>
    public bool IsValid =>
        SinSquaredTheta12 is >= 0 and <= 1 && SinSquaredTheta13 is >= 0 and <= 1 && SinSquaredTheta23 is >= 0 and <= 1
        && DeltaMSquared21EV2 > 0 && DeltaMSquared31EV2 != 0 && double.IsFinite(DeltaMSquared31EV2);
}
