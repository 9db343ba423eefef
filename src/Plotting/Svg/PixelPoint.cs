namespace DipolePortal.Plotting.Svg;

/// <summary>A point in SVG pixel coordinates (y grows downwards).</summary>
/// <param name="X">Pixel x.</param>
/// <param name="Y">Pixel y.</param>
public readonly record struct PixelPoint(double X, double Y);
