namespace DipolePortal.Physics.CrossSections;

/// <summary>
/// A differential cross section at one fixed recoil T written as a polynomial in 1/E:
/// dσ/dT(E) = a₀ + a₁/E + a₂/E² [cm² MeV⁻¹], with a₀ [cm² MeV⁻¹], a₁ [cm²], a₂ [cm² MeV].
/// </summary>
/// <remarks>
/// It represents the cross section only on the allowed side E ≥ E_min(T); below it the physical value is 0, which the
/// caller applies by integrating from E_min (see <see cref="Rates.CumulativeFluxMoments"/>). Built by
/// <see cref="InverseEnergyExpansion"/>.
/// </remarks>
/// <param name="ConstantCm2PerMeV">a₀ [cm² MeV⁻¹].</param>
/// <param name="InverseEnergyCm2">a₁ [cm²], the coefficient of 1/E.</param>
/// <param name="InverseEnergySquaredCm2MeV">a₂ [cm² MeV], the coefficient of 1/E².</param>
public readonly record struct DsigmaDtPolynomial(double ConstantCm2PerMeV, double InverseEnergyCm2, double InverseEnergySquaredCm2MeV)
{
    /// <summary>a₀ + a₁/E + a₂/E² [cm² MeV⁻¹] at E, with no kinematic check.</summary>
    /// <param name="neutrinoEnergyMeV">E [MeV], &gt; 0.</param>
    public double ValueCm2PerMeV(double neutrinoEnergyMeV)
    {
        double inverse = 1.0 / neutrinoEnergyMeV;
        return ConstantCm2PerMeV + inverse * (InverseEnergyCm2 + inverse * InverseEnergySquaredCm2MeV);
    }
}
