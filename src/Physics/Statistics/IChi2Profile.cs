namespace DipolePortal.Physics.Statistics;

/// <summary>A χ² profiled over all nuisances, as a function of the signal strength s = μ² alone (docs/likelihood.md).</summary>
public interface IChi2Profile
{
    /// <summary>χ²(s) = min_θ χ²(s, θ) [dimensionless].</summary>
    /// <param name="muSquaredMuB2">Signal strength s = μ² [μ_B²]; finite, ≥ 0.</param>
    public double Chi2(double muSquaredMuB2);
}
