using System.Globalization;
using DipolePortal.Plotting.Axes;
using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Series;

namespace DipolePortal.Plotting.Figures;

/// <summary>E_min vs recoil energy, one curve per sterile mass, distinguished by color and line style.</summary>
public static class EminFigure
{
    /// <summary>Title of the E_min axis.</summary>
    public const string EminAxisTitle = "E_{ν,min} [MeV]";

    /// <summary>Builds the figure; a pure function of the input.</summary>
    public static Figure Build(EminPlotInput input, int widthPx = 720, int heightPx = 540)
    {
        IEnumerable<double> recoils = input.Curves.SelectMany(c => c.RecoilMeV);
        IEnumerable<double> emins = input.Curves.SelectMany(c => c.EminMeV);
        var figure = new Figure(widthPx, heightPx)
        {
            Title = input.Title,
            X = input.LogAxes
                ? Axis.LogCovering(input.RecoilAxisTitle, recoils)
                : Axis.LinearCovering(input.RecoilAxisTitle, recoils, includeZero: true),
            Y = input.LogAxes ? Axis.LogCovering(EminAxisTitle, emins) : Axis.LinearCovering(EminAxisTitle, emins, includeZero: true),
            Legend = LegendPosition.TopRight,
        };

        LineStyle[] styles = [LineStyle.Solid, LineStyle.Dashed, LineStyle.DashDot, LineStyle.Dotted];
        for (int i = 0; i < input.Curves.Count; i++)
        {
            EminCurve curve = input.Curves[i];
            string label = curve.Label ?? DefaultLabel(curve.M4MeV);
            figure.Add(new LineSeries(label, curve.RecoilMeV, curve.EminMeV, styles[i % styles.Length]) { Color = Palette.Line(i) });
        }

        return figure;
    }

    /// <summary>"m_4 = 0.1 MeV", with up to four significant digits.</summary>
    public static string DefaultLabel(double m4MeV) => "m_4 = " + m4MeV.ToString("G4", CultureInfo.InvariantCulture) + " MeV";
}
