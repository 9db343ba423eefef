using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Rates;

/// <summary>
/// Converts a rate per target into the detector-level differential rate dR/dT per tonne per year
/// [events tonne⁻¹ yr⁻¹ MeV⁻¹], the input of <see cref="Detector.ResponseMatrix"/> (seed 002 Eq. (5): N_t × dR/dT').
/// </summary>
public static class DifferentialRate
{
    /// <summary>
    /// dR/dT [events tonne⁻¹ yr⁻¹ MeV⁻¹] = N_t [tonne⁻¹] × dR/dT per target [s⁻¹ MeV⁻¹] × 3.15576×10⁷ s/yr.
    /// </summary>
    /// <param name="ratePerTargetPerSPerMeV">Rate per target [s⁻¹ MeV⁻¹] (from <see cref="FluxFolding"/>).</param>
    /// <param name="targetsPerTonne">Number of targets (electrons or nuclei) per tonne N_t [tonne⁻¹].</param>
    public static double PerTonneYearPerMeV(double ratePerTargetPerSPerMeV, double targetsPerTonne)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(targetsPerTonne);
        return ratePerTargetPerSPerMeV * targetsPerTonne * PhysicalConstants.SecondsPerYear;
    }

    /// <summary>
    /// Number of targets per tonne of a pure element: N_t = n × N_A × 10⁶ g / M [tonne⁻¹], with n targets per atom
    /// (n = Z for electrons in the free-electron picture, 1 for nuclei).
    /// </summary>
    /// <param name="targetsPerAtom">Targets per atom n (Z for electrons, 1 for nuclei).</param>
    /// <param name="molarMassGramPerMol">Molar mass M [g mol⁻¹] (e.g. 131.293 for natural xenon).</param>
    public static double TargetsPerTonne(double targetsPerAtom, double molarMassGramPerMol)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(molarMassGramPerMol);
        ArgumentOutOfRangeException.ThrowIfNegative(targetsPerAtom);
        return targetsPerAtom * PhysicalConstants.AvogadroPerMol * PhysicalConstants.GramsPerTonne / molarMassGramPerMol;
    }
}
