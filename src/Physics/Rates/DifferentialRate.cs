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

    /// <summary>
    /// Fills dR/dT [events tonne⁻¹ yr⁻¹ MeV⁻¹] at each true recoil node, summing over flux components: the vector that
    /// <see cref="Detector.ResponseMatrix.Apply"/> maps to counts per bin.
    /// </summary>
    /// <param name="components">Flux components at the detector.</param>
    /// <param name="flavorWeights">Flavor weights (w_e, w_μ, w_τ), see <see cref="FluxFolding"/>.</param>
    /// <param name="dsigma">dσ/dT(E_ν, T) [cm² MeV⁻¹].</param>
    /// <param name="emin">E_ν^min(T) [MeV].</param>
    /// <param name="targetsPerTonne">N_t [tonne⁻¹].</param>
    /// <param name="trueRecoilMeV">True recoil nodes T'_j [MeV].</param>
    /// <param name="ratePerTonneYearPerMeV">Output, same length as <paramref name="trueRecoilMeV"/>.</param>
    public static void Fill(
        IReadOnlyList<Sources.FluxComponent> components,
        FlavorProbabilities flavorWeights,
        DifferentialCrossSection dsigma,
        MinimumNeutrinoEnergy emin,
        double targetsPerTonne,
        ReadOnlySpan<double> trueRecoilMeV,
        Span<double> ratePerTonneYearPerMeV)
    {
        ArgumentNullException.ThrowIfNull(components);
        if (ratePerTonneYearPerMeV.Length != trueRecoilMeV.Length)
        {
            throw new ArgumentException(
                $"output has {ratePerTonneYearPerMeV.Length} entries but there are {trueRecoilMeV.Length} recoil nodes; pass spans of equal length",
                nameof(ratePerTonneYearPerMeV));
        }

        for (int j = 0; j < trueRecoilMeV.Length; j++)
        {
            double perTarget = 0;
            foreach (var component in components)
            {
                perTarget += FluxFolding.RatePerTargetPerSPerMeV(component, flavorWeights, dsigma, emin, trueRecoilMeV[j]);
            }

            ratePerTonneYearPerMeV[j] = PerTonneYearPerMeV(perTarget, targetsPerTonne);
        }
    }
}
