using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Oscillation;

/// <summary>Flavor composition (P_ee, P_eμ, P_eτ) at the Earth of solar ν_e, averaged over their production region.</summary>
public static class SolarFlavorComposition
{
    /// <summary>
    /// (P_ee, P_eμ, P_eτ) of a ν_e of energy E produced with the given radial distribution [dimensionless].
    /// </summary>
    /// <remarks>
    /// P_ee = Σ_zones f_zone P_ee^day(E, n_e,zone) (seed 002 Eq. (4)), plus, when day–night regeneration is on,
    /// f_night Σ_zones f_zone [P_ee^night − P_ee^day] (<see cref="SolarElectronSurvival.NightMinusDay"/>).
    /// P_eμ = (1 − P_ee) cos²θ₂₃ and P_eτ = (1 − P_ee) sin²θ₂₃ (seed 002, text after Eq. (3)).
    /// </remarks>
    /// <param name="energyMeV">Neutrino energy E [MeV].</param>
    /// <param name="region">The component's production region in the Sun.</param>
    /// <param name="options">Oscillation parameters and the Earth model.</param>
    public static FlavorProbabilities At(double energyMeV, SolarProductionRegion region, SolarOscillationOptions options)
    {
        OscillationParameters p = options.Parameters;
        double survival = region.Average(ne => SolarElectronSurvival.DayProbability(energyMeV, ne, p));
        if (options.IncludeDayNightRegeneration)
        {
            survival += options.Earth.NightFraction
                * region.Average(ne => SolarElectronSurvival.NightMinusDay(energyMeV, ne, p, options.Earth));
        }

        double converted = 1 - survival;
        return new FlavorProbabilities(survival, converted * p.CosSquaredTheta23, converted * p.SinSquaredTheta23);
    }

    /// <summary>
    /// (P₁, P₂, P₃): probabilities that a solar ν_e of energy E arrives as ν₁, ν₂, ν₃ [dimensionless], averaged over the
    /// production region as <see cref="At"/> is (<see cref="SolarElectronSurvival.MassStates"/>; seed 001 Sec. 2.1).
    /// </summary>
    /// <remarks>
    /// The adiabatic (day) populations, also at night: Earth regeneration is applied to the flavor composition only.
    /// Crossing the Earth moves population between ν₁ and ν₂ by about f_night (P_ee^night − P_ee^day)/(cos²θ₁₃ cos 2θ₁₂)
    /// — of order 10⁻² for ⁸B (A_DN ≈ 3%), ≲ 10⁻³ for pp and ⁷Be — which this neglects (docs/physics.md).
    /// </remarks>
    /// <param name="energyMeV">Neutrino energy E [MeV].</param>
    /// <param name="region">The component's production region in the Sun.</param>
    /// <param name="options">Oscillation parameters (the Earth model is not used).</param>
    public static MassStateProbabilities MassStatesAt(double energyMeV, SolarProductionRegion region, SolarOscillationOptions options)
    {
        OscillationParameters p = options.Parameters;
        double nu1 = 0, nu2 = 0, nu3 = 0; // Σ_zones f_zone Pᵢ(n_e,zone), one MassStates per zone for all three
        for (int zone = 0; zone < region.Fractions.Length; zone++)
        {
            double fraction = region.Fractions[zone];
            if (fraction > 0)
            {
                MassStateProbabilities local = SolarElectronSurvival.MassStates(energyMeV, region.ElectronDensitiesPerCm3[zone], p);
                nu1 += fraction * local.Nu1;
                nu2 += fraction * local.Nu2;
                nu3 += fraction * local.Nu3;
            }
        }

        return new MassStateProbabilities(nu1, nu2, nu3);
    }
}
