namespace DipolePortal.Plotting.Figures;

/// <summary>What an exclusion curve is, which decides its line style.</summary>
public enum ExclusionCurveKind
{
    /// <summary>1-dof limit on μ at fixed m4 (Δχ² = 2.71 for 90% CL); solid, with the excluded region shaded.</summary>
    OneDofLimit,

    /// <summary>2-dof contour in the (m4, μ) plane (Δχ² = 4.61 for 90% CL); dashed.</summary>
    TwoDofContour,

    /// <summary>A curve supplied by the user for comparison (e.g. a published limit from a CSV); dotted.</summary>
    Overlay,
}
