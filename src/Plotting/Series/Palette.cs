namespace DipolePortal.Plotting.Series;

/// <summary>Colorblind-safe colors (Okabe &amp; Ito, 2008), in an order where neighbours contrast well.</summary>
public static class Palette
{
    /// <summary>Blue.</summary>
    public const string Blue = "#0072B2";

    /// <summary>Vermillion.</summary>
    public const string Vermillion = "#D55E00";

    /// <summary>Bluish green.</summary>
    public const string BluishGreen = "#009E73";

    /// <summary>Reddish purple.</summary>
    public const string ReddishPurple = "#CC79A7";

    /// <summary>Orange.</summary>
    public const string Orange = "#E69F00";

    /// <summary>Sky blue.</summary>
    public const string SkyBlue = "#56B4E9";

    /// <summary>Yellow (use for fills; weak as a thin line on white).</summary>
    public const string Yellow = "#F0E442";

    /// <summary>Black, for data points and reference lines.</summary>
    public const string Black = "#000000";

    /// <summary>Neutral grey, for reference lines and overlays.</summary>
    public const string Grey = "#666666";

    /// <summary>Line colors in the order they are assigned to series without an explicit color.</summary>
    public static IReadOnlyList<string> Lines { get; } = [Blue, Vermillion, BluishGreen, ReddishPurple, Orange, SkyBlue, Black];

    /// <summary>Fill colors for stacked histograms, light to strong contrast between neighbours.</summary>
    public static IReadOnlyList<string> Fills { get; } = [SkyBlue, Orange, BluishGreen, Yellow, ReddishPurple, Blue, Vermillion];

    /// <summary>The i-th line color, cycling.</summary>
    public static string Line(int index) => Lines[((index % Lines.Count) + Lines.Count) % Lines.Count];

    /// <summary>The i-th fill color, cycling.</summary>
    public static string Fill(int index) => Fills[((index % Fills.Count) + Fills.Count) % Fills.Count];
}
