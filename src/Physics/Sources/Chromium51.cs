using DipolePortal.Physics.Oscillation;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Sources;

/// <summary>
/// An artificial ⁵¹Cr electron-capture source: four monoenergetic ν_e lines, one neutrino per decay.
/// </summary>
public static class Chromium51
{
    /// <summary>Half-life T½ of ⁵¹Cr [d]. ENSDF (NNDC NuDat 3): 27.7025(24) d; seed 001 quotes 27.7 d.</summary>
    public const double HalfLifeDays = 27.7025;

    /// <summary>Becquerels per megacurie [Bq/MCi] (1 Ci = 3.7×10¹⁰ Bq exactly).</summary>
    public const double BecquerelPerMCi = 3.7e16;

    /// <summary>Line energies [MeV]: 427, 432, 747, 752 keV (seed 001 Sec. 3.4).</summary>
    public static IReadOnlyList<double> LineEnergiesMeV { get; } = [0.427, 0.432, 0.747, 0.752];

    /// <summary>Fraction of decays giving each line [dimensionless]: 9%, 1%, 81%, 9% (seed 001 Sec. 3.4).</summary>
    public static IReadOnlyList<double> LineFractions { get; } = [0.09, 0.01, 0.81, 0.09];

    /// <summary>
    /// The four lines at distance L from a source of activity A: Φ_k = b_k A/(4π L²) [cm⁻² s⁻¹], named
    /// "51Cr-427", "51Cr-432", "51Cr-747", "51Cr-752". Pass the mean activity over the run
    /// (<see cref="MeanActivityMCi"/>) for a time-averaged flux.
    /// </summary>
    /// <remarks>Seed 001 Sec. 3.4; a point source (for an extended detector use <see cref="LinesFromTotalFlux"/>).</remarks>
    /// <param name="activityMCi">Source activity A [MCi].</param>
    /// <param name="distanceM">Source–detector distance L [m].</param>
    /// <param name="relativeUncertainty">1σ fractional uncertainty of the activity [dimensionless].</param>
    public static IReadOnlyList<FluxComponent> Lines(double activityMCi, double distanceM, double relativeUncertainty)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(activityMCi);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(distanceM);
        double distanceCm = distanceM * 100;
        return LinesFromTotalFlux(activityMCi * BecquerelPerMCi / (4 * Math.PI * distanceCm * distanceCm), relativeUncertainty);
    }

    /// <summary>The four lines sharing a given total (e.g. geometry-averaged) flux Φ [cm⁻² s⁻¹] in the ratios b_k.</summary>
    /// <param name="totalFluxPerCm2PerS">Total ν_e flux of all four lines Φ [cm⁻² s⁻¹].</param>
    /// <param name="relativeUncertainty">1σ fractional uncertainty of the flux [dimensionless].</param>
    public static IReadOnlyList<FluxComponent> LinesFromTotalFlux(double totalFluxPerCm2PerS, double relativeUncertainty)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(totalFluxPerCm2PerS);
        ArgumentOutOfRangeException.ThrowIfNegative(relativeUncertainty);
        return
        [
            .. LineEnergiesMeV.Select((energyMeV, k) => new FluxComponent
            {
                Name = $"51Cr-{Math.Round(energyMeV / PhysicalConstants.MeVPerKeV):F0}",
                TotalFluxPerCm2PerS = LineFractions[k] * totalFluxPerCm2PerS,
                RelativeUncertainty = relativeUncertainty,
                IsAntineutrino = false,
                EnergiesMeV = [energyMeV],
                DensityPerMeV = [],
                ArrivingFlavors = [FlavorProbabilities.Pure(NeutrinoFlavor.Electron)],
                ArrivingMassStates = [MixingMatrix.Row(NeutrinoFlavor.Electron, OscillationParameters.NuFit53NormalOrdering)],
            }),
        ];
    }

    /// <summary>
    /// Mean activity over an exposure starting at activity A₀: ⟨A⟩ = A₀ τ (1 − e^(−t/τ))/t, τ = T½/ln 2 [MCi].
    /// </summary>
    /// <param name="initialActivityMCi">Activity at the start of the exposure A₀ [MCi].</param>
    /// <param name="exposure">Length of the exposure t (&gt; 0).</param>
    public static double MeanActivityMCi(double initialActivityMCi, TimeSpan exposure)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialActivityMCi);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(exposure, TimeSpan.Zero);
        double meanLifeDays = HalfLifeDays / Math.Log(2);
        double ratio = exposure.TotalDays / meanLifeDays;
        return initialActivityMCi * (1 - Math.Exp(-ratio)) / ratio;
    }
}
