namespace DipolePortal.Physics.Analysis;

/// <summary>Quantiles of the 1-dof limits of background-only pseudo-experiments (docs/likelihood.md, "Expected sensitivity").</summary>
/// <param name="PseudoExperiments">Number of pseudo-experiments N.</param>
/// <param name="MedianMuB">50% quantile [μ_B].</param>
/// <param name="Minus1SigmaMuB">16% quantile [μ_B].</param>
/// <param name="Plus1SigmaMuB">84% quantile [μ_B].</param>
/// <param name="Minus2SigmaMuB">2.5% quantile [μ_B].</param>
/// <param name="Plus2SigmaMuB">97.5% quantile [μ_B].</param>
public sealed record ExpectedLimitQuantiles(
    int PseudoExperiments, double MedianMuB, double Minus1SigmaMuB, double Plus1SigmaMuB, double Minus2SigmaMuB, double Plus2SigmaMuB);
