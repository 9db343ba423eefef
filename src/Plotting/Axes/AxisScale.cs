namespace DipolePortal.Plotting.Axes;

/// <summary>How data values map to positions along an axis.</summary>
public enum AxisScale
{
    /// <summary>Position proportional to the value.</summary>
    Linear,

    /// <summary>Position proportional to log₁₀ of the value; non-positive values cannot be shown.</summary>
    Log,
}
