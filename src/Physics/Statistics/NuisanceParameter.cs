namespace DipolePortal.Physics.Statistics;

/// <summary>
/// A nuisance parameter θ with a Gaussian prior θ ~ N(0, σ): it enters the χ² as the pull term (θ/σ)²
/// (seed 002 Eq. (7), last two sums; docs/likelihood.md). θ is a fractional change of the counts it scales.
/// </summary>
/// <remarks>
/// Nuisances are identified by <see cref="Name"/>: components that carry parameters of the same name share one θ
/// (e.g. a solar-flux normalization common to two experiments in a joint fit). <see cref="Sigma"/> = 0 fixes θ at 0
/// (it is then not a free parameter); <see cref="Sigma"/> = +∞ leaves θ free with no pull term.
/// </remarks>
/// <param name="Name">Name used to identify and report the nuisance (e.g. "pp", "bkg-xenonnt", "efficiency").</param>
/// <param name="Sigma">1σ width of the Gaussian prior, as a fraction of the counts it scales [dimensionless]; ≥ 0.</param>
public sealed record NuisanceParameter(string Name, double Sigma)
{
    /// <summary>Name used to identify and report the nuisance; not empty.</summary>
    public string Name { get; } = string.IsNullOrWhiteSpace(Name)
        ? throw new ArgumentException("A nuisance parameter needs a non-empty name.", nameof(Name))
        : Name;

    /// <summary>1σ prior width σ as a fraction of the counts it scales [dimensionless]; 0 = fixed, +∞ = unconstrained.</summary>
    public double Sigma { get; } = IsValidSigma(Sigma)
        ? Sigma
        : throw new ArgumentOutOfRangeException(
            nameof(Sigma), Sigma, $"Nuisance '{Name}': σ = {Sigma} must be ≥ 0 (0 fixes it, +∞ leaves it unconstrained).");

    /// <summary>True when θ is a free parameter of the fit (σ &gt; 0).</summary>
    public bool IsFree => Sigma > 0;

    /// <summary>True when <paramref name="sigma"/> is an allowed prior width: ≥ 0, not NaN (+∞ allowed).</summary>
    /// <param name="sigma">Candidate 1σ prior width [dimensionless].</param>
    public static bool IsValidSigma(double sigma) => sigma >= 0;
}
