namespace DipolePortal.Plotting.Series;

/// <summary>What a legend entry draws next to its label.</summary>
internal enum LegendSwatch
{
    Line,
    FilledBox,
    Marker,
}
