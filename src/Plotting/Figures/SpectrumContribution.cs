namespace DipolePortal.Plotting.Figures;

/// <summary>A predicted contribution to a binned spectrum.</summary>
/// <param name="Label">Legend label (markup), e.g. "dipole, μ = 3×10^{-10} μ_B".</param>
/// <param name="Counts">Expected events per bin.</param>
public sealed record SpectrumContribution(string Label, IReadOnlyList<double> Counts);
