namespace DipolePortal.Physics.Statistics;

/// <summary>A one-degree-of-freedom upper limit on μ at fixed m4 (docs/likelihood.md, "Limits").</summary>
/// <param name="MuLimitMuB">μ_lim with χ²(μ_lim²) − χ²_min = Δ above the best fit [μ_B]; +∞ if not reached in the search range.</param>
/// <param name="MuBestFitMuB">Best fit μ̂ = √ŝ, ŝ ≥ 0 [μ_B].</param>
/// <param name="Chi2Min">χ²(ŝ) [dimensionless].</param>
/// <param name="Chi2AtZero">χ²(0), the no-signal hypothesis [dimensionless].</param>
public readonly record struct OneDofLimit(double MuLimitMuB, double MuBestFitMuB, double Chi2Min, double Chi2AtZero);
