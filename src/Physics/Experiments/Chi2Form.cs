namespace DipolePortal.Physics.Experiments;

/// <summary>The χ² an experiment is fitted with (docs/likelihood.md).</summary>
public enum Chi2Form
{
    /// <summary>
    /// Poisson χ² with multiplicative nuisances on every flux and background component, seed 002 Eq. (7), seed 001 Eq. (23).
    /// </summary>
    Poisson,

    /// <summary>
    /// Gaussian χ² with pulls, seed 003 Eq. (11) (seed 001 Eqs. (24)–(27) have the same form): Δᵢ the published errors
    /// when the data give them (seed 001 Eq. (26)), else Δᵢ² = Oᵢ (at least one event), one pull per flux and background component shifting its Standard-Model (or background) counts by its 1σ.
    /// </summary>
    GaussianPull,
}
