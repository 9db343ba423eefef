namespace DipolePortal.Physics.Rates;

/// <summary>
/// The flux-weighted inverse-energy moments of one component above a lower limit E_lo:
/// Mₙ(E_lo) = Φ ∫_{E_lo}^{E_end} dE ρ(E) (w·P)(E) E⁻ⁿ for n = 0, 1, 2 (issue 8; <see cref="DipoleKernelTable"/>).
/// </summary>
/// <param name="ZerothPerCm2PerS">M₀ [cm⁻² s⁻¹].</param>
/// <param name="FirstPerCm2PerSPerMeV">M₁ [cm⁻² s⁻¹ MeV⁻¹].</param>
/// <param name="SecondPerCm2PerSPerMeV2">M₂ [cm⁻² s⁻¹ MeV⁻²].</param>
public readonly record struct InverseEnergyMoments(double ZerothPerCm2PerS, double FirstPerCm2PerSPerMeV, double SecondPerCm2PerSPerMeV2)
{
    /// <summary>All three moments zero (nothing of the flux above the lower limit).</summary>
    public static InverseEnergyMoments Zero => default;

    /// <summary>Σₙ aₙMₙ = Φ ∫ ρ (w·P) dσ/dT dE [s⁻¹ MeV⁻¹ per target] for dσ/dT = a₀ + a₁/E + a₂/E².</summary>
    /// <param name="dsigma">The cross section at the recoil of interest, expanded in 1/E.</param>
    public double Fold(CrossSections.DsigmaDtPolynomial dsigma) =>
        (dsigma.ConstantCm2PerMeV * ZerothPerCm2PerS)
        + (dsigma.InverseEnergyCm2 * FirstPerCm2PerSPerMeV)
        + (dsigma.InverseEnergySquaredCm2MeV * SecondPerCm2PerSPerMeV2);
}
