using System.Collections.Immutable;

namespace DipolePortal.Physics.Statistics;

/// <summary>The outcome of profiling the Poisson χ² (seed 002 Eq. (7)) over its nuisances at one signal strength.</summary>
/// <param name="Chi2">min_θ χ²(s, θ) [dimensionless]; +∞ when a bin with Oₖ &gt; 0 can have no expected counts.</param>
/// <param name="Nuisances">θ̂ at the minimum, in the order of <see cref="BinnedModel.Nuisances"/>; fixed ones are 0.</param>
/// <param name="Iterations">Newton steps taken.</param>
public readonly record struct ProfileResult(double Chi2, ImmutableArray<double> Nuisances, int Iterations)
{
    /// <summary>True when the Newton decrement fell below tolerance within the iteration cap.</summary>
    public bool Converged { get; init; }
}
