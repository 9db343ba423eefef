using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Oscillation;

/// <summary>The charged-current matter potential felt by ν_e in a medium of electrons.</summary>
public static class MatterPotential
{
    /// <summary>√2 G_F (ħc)³ [MeV cm³]: converts an electron density [cm⁻³] to a potential [MeV].</summary>
    private const double Sqrt2FermiTimesHbarC3MeVCm3 =
        1.4142135623730951 * PhysicalConstants.FermiConstantPerMeV2 * HbarCMeVCm * HbarCMeVCm * HbarCMeVCm;

    /// <summary>ħc [MeV cm].</summary>
    private const double HbarCMeVCm = PhysicalConstants.HbarCMeVFm * PhysicalConstants.CmPerFm;

    /// <summary>Electronvolts per megaelectronvolt [eV/MeV].</summary>
    private const double EVPerMeV = 1e6;

    /// <summary>Wolfenstein potential V = √2 G_F n_e [eV] for an electron density n_e [cm⁻³].</summary>
    /// <remarks>
    /// Mikheyev–Smirnov–Wolfenstein; e.g. Maltoni &amp; Smirnov, EPJA 52, 87 (2016). At the solar
    /// centre (n_e ≈ 100 N_A cm⁻³) V ≈ 7.5×10⁻¹² eV.
    /// </remarks>
    public static double WolfensteinPotentialEV(double electronDensityPerCm3) =>
        Sqrt2FermiTimesHbarC3MeVCm3 * electronDensityPerCm3 * EVPerMeV;

    /// <summary>
    /// The dimensionless ratio β = 2 E V / Δm² of matter to vacuum terms (β = 1 at an MSW resonance of a small angle).
    /// </summary>
    /// <param name="energyMeV">Neutrino energy E [MeV].</param>
    /// <param name="potentialEV">Potential V [eV] (already multiplied by any cos²θ₁₃ factor).</param>
    /// <param name="deltaMSquaredEV2">Mass-squared splitting Δm² [eV²].</param>
    public static double MatterToVacuumRatio(double energyMeV, double potentialEV, double deltaMSquaredEV2) =>
        2 * energyMeV * EVPerMeV * potentialEV / deltaMSquaredEV2;

    /// <summary>
    /// cos 2θ^m of a two-level system in constant matter: (cos 2θ − β)/√((cos 2θ − β)² + sin² 2θ).
    /// </summary>
    /// <remarks>Maltoni &amp; Smirnov, EPJA 52, 87 (2016).</remarks>
    /// <param name="cos2Theta">Vacuum cos 2θ [dimensionless].</param>
    /// <param name="beta">β = 2EV/Δm² [dimensionless].</param>
    public static double Cos2ThetaInMatter(double cos2Theta, double beta)
    {
        double sinSquared2Theta = 1 - cos2Theta * cos2Theta;
        double numerator = cos2Theta - beta;
        return numerator / Math.Sqrt(numerator * numerator + sinSquared2Theta);
    }

    /// <summary>Ratio Δm²_m/Δm² = √((cos 2θ − β)² + sin² 2θ) of the effective splitting in constant matter.</summary>
    /// <param name="cos2Theta">Vacuum cos 2θ [dimensionless].</param>
    /// <param name="beta">β = 2EV/Δm² [dimensionless].</param>
    public static double SplittingScaleInMatter(double cos2Theta, double beta)
    {
        double numerator = cos2Theta - beta;
        return Math.Sqrt(numerator * numerator + 1 - cos2Theta * cos2Theta);
    }
}
