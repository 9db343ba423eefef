using DipolePortal.Physics.Oscillation;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Sources;

/// <summary>
/// Neutrinos from π⁺ decay at rest (π-DAR) at a spallation source such as the SNS: a prompt ν_μ line from
/// π⁺ → μ⁺ν_μ and the delayed ν_e and ν̄_μ Michel spectra from μ⁺ → e⁺ν_e ν̄_μ.
/// </summary>
public static class PionDecayAtRest
{
    /// <summary>Charged-pion mass m_π± [MeV]. PDG 2024: 139.57039(18) MeV.</summary>
    public const double ChargedPionMassMeV = 139.57039;

    /// <summary>Muon mass m_μ [MeV]. PDG 2024 (CODATA 2018): 105.6583755(23) MeV.</summary>
    public const double MuonMassMeV = 105.6583755;

    /// <summary>Prompt ν_μ energy E = (m_π² − m_μ²)/(2 m_π) ≈ 29.79 MeV [MeV] (two-body decay at rest).</summary>
    public const double PromptLineEnergyMeV =
        (ChargedPionMassMeV * ChargedPionMassMeV - MuonMassMeV * MuonMassMeV) / (2 * ChargedPionMassMeV);

    /// <summary>Intervals of the energy grid of the delayed spectra on [0, m_μ/2].</summary>
    private const int DelayedIntervals = 1000;

    /// <summary>
    /// The three π-DAR components at a detector, as mean fluxes over the live time: "numu-prompt" (line),
    /// "nue-delayed" and "numubar-delayed", each with Φ = r N_POT/(4π L²)/T [cm⁻² s⁻¹].
    /// </summary>
    /// <remarks>
    /// Seed 001 Sec. 3.2. Shapes: ν_e (192/m_μ)(E/m_μ)²(½ − E/m_μ), ν̄_μ (64/m_μ)(E/m_μ)²(¾ − E/m_μ), 0 ≤ E ≤ m_μ/2
    /// (Michel spectra without radiative corrections, e.g. Louis, Los Alamos Science 25 (1997)). Pure flavors: the
    /// 20–30 m baselines are far too short to oscillate.
    /// </remarks>
    /// <param name="neutrinosPerFlavorPerProton">r, neutrinos of each flavor per proton on target [dimensionless] (COHERENT: 0.08–0.09).</param>
    /// <param name="protonsOnTarget">N_POT, protons delivered in the live time [dimensionless].</param>
    /// <param name="baselineM">Target–detector distance L [m].</param>
    /// <param name="liveTimeS">Live time T over which N_POT was delivered [s].</param>
    /// <param name="relativeUncertainty">1σ fractional flux uncertainty [dimensionless]; default 0.10, COHERENT's r = 0.09 ± 0.009 (arXiv:2006.12659).</param>
    public static IReadOnlyList<FluxComponent> Flux(
        double neutrinosPerFlavorPerProton, double protonsOnTarget, double baselineM, double liveTimeS, double relativeUncertainty = 0.10)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(neutrinosPerFlavorPerProton);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(protonsOnTarget);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(baselineM);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(liveTimeS);
        ArgumentOutOfRangeException.ThrowIfNegative(relativeUncertainty);

        double baselineCm = baselineM * 100;
        double fluxPerCm2PerS = neutrinosPerFlavorPerProton * protonsOnTarget / (4 * Math.PI * baselineCm * baselineCm) / liveTimeS;
        double[] energiesMeV = SpectrumGrid.Linear(0, MuonMassMeV / 2, DelayedIntervals);

        return
        [
            new FluxComponent
            {
                Name = "numu-prompt",
                TotalFluxPerCm2PerS = fluxPerCm2PerS,
                RelativeUncertainty = relativeUncertainty,
                IsAntineutrino = false,
                EnergiesMeV = [PromptLineEnergyMeV],
                DensityPerMeV = [],
                ArrivingFlavors = [FlavorProbabilities.Pure(NeutrinoFlavor.Muon)],
                ArrivingMassStates = [MixingMatrix.Row(NeutrinoFlavor.Muon, OscillationParameters.NuFit53NormalOrdering)],
            },
            Delayed("nue-delayed", energiesMeV, ElectronNeutrinoDensityPerMeV, fluxPerCm2PerS, relativeUncertainty, NeutrinoFlavor.Electron, false),
            Delayed("numubar-delayed", energiesMeV, MuonAntineutrinoDensityPerMeV, fluxPerCm2PerS, relativeUncertainty, NeutrinoFlavor.Muon, true),
        ];
    }

    /// <summary>Delayed ν_e spectrum from μ⁺ decay at rest, (192/m_μ)(E/m_μ)²(½ − E/m_μ) [MeV⁻¹], 0 beyond m_μ/2.</summary>
    /// <param name="energyMeV">Neutrino energy E [MeV].</param>
    public static double ElectronNeutrinoDensityPerMeV(double energyMeV)
    {
        double x = energyMeV / MuonMassMeV;
        return x is < 0 or > 0.5 ? 0 : 192 / MuonMassMeV * x * x * (0.5 - x);
    }

    /// <summary>Delayed ν̄_μ spectrum from μ⁺ decay at rest, (64/m_μ)(E/m_μ)²(¾ − E/m_μ) [MeV⁻¹], 0 beyond m_μ/2.</summary>
    /// <param name="energyMeV">Neutrino energy E [MeV].</param>
    public static double MuonAntineutrinoDensityPerMeV(double energyMeV)
    {
        double x = energyMeV / MuonMassMeV;
        return x is < 0 or > 0.5 ? 0 : 64 / MuonMassMeV * x * x * (0.75 - x);
    }

    private static FluxComponent Delayed(
        string name, double[] energiesMeV, Func<double, double> densityPerMeV, double fluxPerCm2PerS,
        double relativeUncertainty, NeutrinoFlavor flavor, bool isAntineutrino) => new()
        {
            Name = name,
            TotalFluxPerCm2PerS = fluxPerCm2PerS,
            RelativeUncertainty = relativeUncertainty,
            IsAntineutrino = isAntineutrino,
            EnergiesMeV = [.. energiesMeV],
            DensityPerMeV = SpectrumGrid.Normalize(energiesMeV, [.. energiesMeV.Select(densityPerMeV)], name),
            ArrivingFlavors = [.. energiesMeV.Select(_ => FlavorProbabilities.Pure(flavor))],
            ArrivingMassStates = [.. energiesMeV.Select(_ => MixingMatrix.Row(flavor, OscillationParameters.NuFit53NormalOrdering))],
        };
}
