using System.Collections.Immutable;

namespace DipolePortal.Physics.Statistics;

/// <summary>
/// One component of the binned prediction, linear in its nuisance and in the signal strength s = μ²:
/// Eₖ ⊃ (1 + θ) (Aₖ + s Dₖ) + θ_ε s Dₖ (docs/likelihood.md; seed 002 Eq. (7), R_exp = R_SM + R_TMM + R_Bkg).
/// </summary>
/// <remarks>
/// A solar-flux component has both parts (its SM counts Aₖ and its dipole counts per μ_B², Dₖ, scaled by the same flux
/// nuisance α); a background component has D = 0. A component spans all K bins of the model; for a joint fit it may
/// cover the bins of several experiments (a shared nuisance) or be zero outside one experiment.
/// The optional <see cref="SignalNuisance"/> scales only the signal part, e.g. a signal efficiency (seed 001
/// Sec. 3.1, σ = 3%); the product (1 + θ)(1 + θ_ε) is linearized to 1 + θ + θ_ε on the signal, so the expected
/// counts stay linear in all nuisances. Give every component the same <see cref="SignalNuisance"/> to scale the
/// whole signal.
/// </remarks>
/// <param name="Nuisance">Nuisance θ scaling the whole component.</param>
/// <param name="BaseCounts">Counts per bin without signal, Aₖ [events]; ≥ 0 and finite.</param>
/// <param name="SignalCountsPerMuB2">Signal counts per bin per unit μ², Dₖ [events μ_B⁻²]; ≥ 0 and finite.</param>
public sealed record LinearComponent(
    NuisanceParameter Nuisance, ImmutableArray<double> BaseCounts, ImmutableArray<double> SignalCountsPerMuB2)
{
    /// <summary>Nuisance θ scaling the whole component (base and signal counts).</summary>
    public NuisanceParameter Nuisance { get; } = Nuisance ?? throw new ArgumentNullException(nameof(Nuisance));

    /// <summary>Counts per bin without signal, Aₖ [events].</summary>
    public ImmutableArray<double> BaseCounts { get; } = CountGuard.Validate(BaseCounts, nameof(BaseCounts), Nuisance?.Name);

    /// <summary>Signal counts per bin per unit μ², Dₖ [events μ_B⁻²]; same length as <see cref="BaseCounts"/>.</summary>
    public ImmutableArray<double> SignalCountsPerMuB2 { get; } =
        CountGuard.ValidateSameLength(BaseCounts, SignalCountsPerMuB2, nameof(SignalCountsPerMuB2), Nuisance?.Name);

    /// <summary>Optional nuisance θ_ε scaling only the signal part, linearized: + θ_ε s Dₖ (e.g. signal efficiency).</summary>
    public NuisanceParameter? SignalNuisance { get; init; }

    /// <summary>Number of bins K the component spans.</summary>
    public int BinCount => BaseCounts.Length;
}
