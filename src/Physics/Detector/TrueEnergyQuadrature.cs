namespace DipolePortal.Physics.Detector;

/// <summary>Quadrature weights wⱼ of the true-energy integral ∫ dT' f(T') ≈ Σ wⱼ f(T'ⱼ) in <see cref="ResponseMatrix"/>.</summary>
public enum TrueEnergyQuadrature
{
    /// <summary>Trapezoid rule on any ascending grid: wⱼ = (T'ⱼ₊₁ − T'ⱼ₋₁)/2, halved intervals at the ends.</summary>
    Trapezoid = 0,

    /// <summary>Composite Simpson rule: needs an odd number of nodes, equally spaced (relative spread &lt; 10⁻⁹).</summary>
    Simpson = 1,
}
