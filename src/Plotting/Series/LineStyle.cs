namespace DipolePortal.Plotting.Series;

/// <summary>Stroke pattern of a line.</summary>
public enum LineStyle
{
    /// <summary>Continuous line.</summary>
    Solid,

    /// <summary>Long dashes.</summary>
    Dashed,

    /// <summary>Dots.</summary>
    Dotted,

    /// <summary>Alternating dash and dot.</summary>
    DashDot,
}
