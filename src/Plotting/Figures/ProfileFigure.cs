using DipolePortal.Plotting.Axes;
using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Series;

namespace DipolePortal.Plotting.Figures;

/// <summary>Likelihood profiles Δχ²(μ) with the 90% CL lines for one (Δχ² = 2.71) and two (Δχ² = 4.61) degrees of freedom.</summary>
public static class ProfileFigure
{
    /// <summary>Δχ² of a 90% CL interval for one degree of freedom (two-sided, χ²₁ quantile 0.90).</summary>
    public const double DeltaChi2OneDof90 = 2.71;

    /// <summary>Δχ² of a 90% CL region for two degrees of freedom.</summary>
    public const double DeltaChi2TwoDof90 = 4.61;

    /// <summary>Title of the Δχ² axis.</summary>
    public const string DeltaChi2AxisTitle = "Δχ^2";

    /// <summary>Builds the figure; a pure function of the input.</summary>
    public static Figure Build(ProfilePlotInput input, int widthPx = 720, int heightPx = 540)
    {
        IEnumerable<double> mus = input.Profiles.SelectMany(p => p.MuMuB);
        Axis x;
        if (input.MuRangeMuB is DataRange range)
        {
            x = input.LogMu ? Axis.Log(input.MuAxisTitle, range.Min, range.Max) : Axis.Linear(input.MuAxisTitle, range.Min, range.Max);
        }
        else
        {
            x = input.LogMu ? Axis.LogCovering(input.MuAxisTitle, mus) : Axis.LinearCovering(input.MuAxisTitle, mus, includeZero: true);
        }

        var figure = new Figure(widthPx, heightPx)
        {
            Title = input.Title,
            X = x,
            Y = Axis.Linear(DeltaChi2AxisTitle, 0, input.DeltaChi2Max),
            Legend = LegendPosition.TopLeft,
        };

        figure.Add(new ReferenceLine(DeltaChi2OneDof90, "Δχ^2 = 2.71 (90% CL, 1 dof)") { LabelAtLeft = true });
        figure.Add(new ReferenceLine(DeltaChi2TwoDof90, "Δχ^2 = 4.61 (90% CL, 2 dof)", LineStyle.Dotted) { LabelAtLeft = true });
        LineStyle[] styles = [LineStyle.Solid, LineStyle.Dashed, LineStyle.DashDot];
        for (int i = 0; i < input.Profiles.Count; i++)
        {
            LikelihoodProfile profile = input.Profiles[i];
            figure.Add(new LineSeries(profile.Label, profile.MuMuB, profile.DeltaChi2,
                styles[i % styles.Length]) { Color = Palette.Line(i) });
        }

        return figure;
    }
}
