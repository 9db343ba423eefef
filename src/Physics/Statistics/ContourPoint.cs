namespace DipolePortal.Physics.Statistics;

/// <summary>One point of a two-dof contour χ²(m4, μ) − χ²_min,global = Δ (docs/likelihood.md, "Contours").</summary>
/// <param name="M4MeV">Sterile mass m4 of the grid row [MeV].</param>
/// <param name="MuMuB">μ of the crossing [μ_B].</param>
/// <param name="Edge">Whether the allowed region begins or ends at this μ, walking up in μ.</param>
public readonly record struct ContourPoint(double M4MeV, double MuMuB, ContourEdge Edge);
