namespace DipolePortal.Physics.Statistics;

/// <summary>Which edge of the allowed region (χ² − χ²_min &lt; Δ) a contour point is, walking up in μ at fixed m4.</summary>
public enum ContourEdge
{
    /// <summary>The allowed region begins here (χ² falls through χ²_min + Δ): an island preferred by the data.</summary>
    Lower,

    /// <summary>The allowed region ends here (χ² rises through χ²_min + Δ): the exclusion limit.</summary>
    Upper,
}
