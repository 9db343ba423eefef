using System.Collections.Immutable;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Sources;

/// <summary>
/// One component of a neutrino flux at the detector (e.g. solar pp, ⁷Be 862 keV line, reactor ν̄_e, SNS prompt ν_μ):
/// a normalized energy spectrum, its total flux, the 1σ fractional uncertainty of that total (the prior of its
/// nuisance parameter), and the flavor and mass-state compositions on arrival at each tabulated energy.
/// </summary>
/// <remarks>
/// A line source has <see cref="DensityPerMeV"/> empty and one entry in <see cref="EnergiesMeV"/> and
/// <see cref="ArrivingFlavors"/>. A continuous source has matching arrays; the density is normalized to 1 over
/// its energies and is interpolated linearly between nodes, like the arriving-flavor probabilities.
/// </remarks>
public sealed record FluxComponent
{
    /// <summary>Component name as used in outputs and nuisance names (e.g. "pp", "7Be-862").</summary>
    public required string Name { get; init; }

    /// <summary>Total flux at the detector Φ [cm⁻² s⁻¹].</summary>
    public required double TotalFluxPerCm2PerS { get; init; }

    /// <summary>1σ fractional uncertainty of <see cref="TotalFluxPerCm2PerS"/> [dimensionless]; 0 when not a nuisance.</summary>
    public required double RelativeUncertainty { get; init; }

    /// <summary>True for antineutrinos (reactor ν̄_e, SNS delayed ν̄_μ).</summary>
    public required bool IsAntineutrino { get; init; }

    /// <summary>Energies of the spectrum's nodes, ascending [MeV]; one energy for a line.</summary>
    public required ImmutableArray<double> EnergiesMeV { get; init; }

    /// <summary>Normalized spectral density dN/dE at each node [MeV⁻¹], ∫ dE = 1; empty for a line.</summary>
    public required ImmutableArray<double> DensityPerMeV { get; init; }

    /// <summary>Flavor composition on arrival at each node (same length as <see cref="EnergiesMeV"/>).</summary>
    public required ImmutableArray<FlavorProbabilities> ArrivingFlavors { get; init; }

    /// <summary>
    /// Mass-state composition on arrival at each node (same length as <see cref="EnergiesMeV"/>), for the Λ_i4
    /// hypotheses of seed 001 Sec. 2.1: MSW populations for solar ν, |U_ℓi|² of the produced flavor for short-baseline
    /// sources. Empty when not declared (test fixtures); a mass-basis hypothesis then refuses the component.
    /// </summary>
    public ImmutableArray<MassStateProbabilities> ArrivingMassStates { get; init; } = [];

    /// <summary>True when this component is a monochromatic line.</summary>
    public bool IsLine => DensityPerMeV.IsDefaultOrEmpty;

    /// <summary>Highest neutrino energy of the component [MeV].</summary>
    public double EndpointMeV => EnergiesMeV[^1];
}
