namespace DipolePortal.Plotting.Layout;

/// <summary>Where the legend box sits inside the plot area.</summary>
public enum LegendPosition
{
    /// <summary>Upper right corner.</summary>
    TopRight,

    /// <summary>Upper left corner.</summary>
    TopLeft,

    /// <summary>Lower right corner.</summary>
    BottomRight,

    /// <summary>Lower left corner.</summary>
    BottomLeft,

    /// <summary>No legend.</summary>
    None,
}
