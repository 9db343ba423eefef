using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Oscillation;

/// <summary>The squared moduli |U_ℓi|² of the 3×3 PMNS matrix in the standard parametrization.</summary>
/// <remarks>
/// U_e1 = c₁₂c₁₃, U_e2 = s₁₂c₁₃, U_e3 = s₁₃e^(−iδ);
/// U_μ1 = −s₁₂c₂₃ − c₁₂s₂₃s₁₃e^(iδ), U_μ2 = c₁₂c₂₃ − s₁₂s₂₃s₁₃e^(iδ), U_μ3 = s₂₃c₁₃;
/// U_τ1 = s₁₂s₂₃ − c₁₂c₂₃s₁₃e^(iδ), U_τ2 = −c₁₂s₂₃ − s₁₂c₂₃s₁₃e^(iδ), U_τ3 = c₂₃c₁₃ (PDG). Antineutrinos have U*, so the
/// same moduli. Used for the Λ_i4 weights of short-baseline flavor sources (seed 001 Sec. 2.1): with one Λ_i4 switched
/// on, the moment seen by ν_ℓ is |U_ℓi|² |Λ_i4|².
/// </remarks>
public static class MixingMatrix
{
    /// <summary>(|U_ℓ1|², |U_ℓ2|², |U_ℓ3|²) for flavor ℓ [dimensionless]; each row sums to 1.</summary>
    /// <param name="flavor">The flavor ℓ.</param>
    /// <param name="parameters">Mixing angles and δ_CP.</param>
    public static MassStateProbabilities Row(NeutrinoFlavor flavor, OscillationParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        double s12 = parameters.SinSquaredTheta12, c12 = parameters.CosSquaredTheta12; // squares
        double s13 = parameters.SinSquaredTheta13, c13 = parameters.CosSquaredTheta13;
        double s23 = parameters.SinSquaredTheta23, c23 = parameters.CosSquaredTheta23;
        // 2 s₁₂c₁₂s₂₃c₂₃s₁₃ cos δ (amplitudes, not squares)
        double interference = 2 * Math.Sqrt(s12 * c12 * s23 * c23 * s13) * Math.Cos(parameters.DeltaCpDegrees * Math.PI / 180);
        return flavor switch
        {
            NeutrinoFlavor.Electron => new(c12 * c13, s12 * c13, s13),
            NeutrinoFlavor.Muon => new((s12 * c23) + (c12 * s23 * s13) + interference, (c12 * c23) + (s12 * s23 * s13) - interference, s23 * c13),
            NeutrinoFlavor.Tau => new((s12 * s23) + (c12 * c23 * s13) - interference, (c12 * s23) + (s12 * c23 * s13) + interference, c23 * c13),
            _ => throw new ArgumentOutOfRangeException(nameof(flavor), flavor, "unknown flavor"),
        };
    }
}
