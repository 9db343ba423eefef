using DipolePortal.Plotting.Axes;
using DipolePortal.Plotting.Layout;
using DipolePortal.Plotting.Series;

namespace DipolePortal.Plotting.Figures;

/// <summary>
/// Exclusion plot μ vs m4 on log–log axes: one color per group, 1-dof limits solid, 2-dof contours dashed, overlays dotted;
/// expected-limit bands underneath (±2σ yellow, ±1σ green, median dashed black), labelled once in the legend.
/// </summary>
public static class ExclusionFigure
{
    /// <summary>Title of the m4 axis.</summary>
    public const string M4AxisTitle = "m_4 [MeV]";

    /// <summary>Builds the figure; a pure function of the input.</summary>
    public static Figure Build(ExclusionPlotInput input, int widthPx = 720, int heightPx = 540)
    {
        IReadOnlyList<ExclusionCurve> overlays = input.Overlays ?? [];
        ExclusionCurve[] all = [.. input.Curves, .. overlays];
        DataRange m4Range = input.M4RangeMeV ?? NiceRange.LogDecades(all.SelectMany(c => c.M4MeV));
        IReadOnlyList<ExpectedBand> expected = input.Expected ?? [];
        DataRange muRange = input.MuRangeMuB ?? NiceRange.LogDecades([.. all.SelectMany(c => c.MuMuB), .. expected.SelectMany(b => b.AllMuB())]);
        var figure = new Figure(widthPx, heightPx)
        {
            Title = input.Title,
            X = Axis.Log(M4AxisTitle, m4Range.Min, m4Range.Max),
            Y = Axis.Log(input.MuAxisTitle, muRange.Min, muRange.Max),
            Legend = LegendPosition.BottomLeft,
        };

        List<string> groups = all.Select(c => c.Group).Distinct(StringComparer.Ordinal).ToList();
        string ColorOf(ExclusionCurve curve) => Palette.Line(groups.IndexOf(curve.Group));

        for (int i = 0; i < expected.Count; i++)
        {
            AddExpected(figure, expected[i], labelled: i == 0);
        }

        if (input.ShadeExcluded)
        {
            foreach (ExclusionCurve limit in input.Curves.Where(c => c.Kind == ExclusionCurveKind.OneDofLimit))
            {
                figure.Add(new BandSeries(null, limit.M4MeV, limit.MuMuB, upper: null) { Color = ColorOf(limit), FillOpacity = 0.08 });
            }
        }

        foreach (ExclusionCurve curve in all)
        {
            figure.Add(new LineSeries(curve.Label, curve.M4MeV, curve.MuMuB, StyleOf(curve.Kind))
            {
                Color = ColorOf(curve),
                WidthPx = curve.Kind == ExclusionCurveKind.Overlay ? 2.4 : 2.0,
            });
        }

        return figure;
    }

    private static void AddExpected(Figure figure, ExpectedBand band, bool labelled)
    {
        figure.Add(new BandSeries(labelled ? "expected ±2σ" : null, band.M4MeV, band.Minus2SigmaMuB, band.Plus2SigmaMuB)
        {
            Color = Palette.Yellow,
            FillOpacity = 1,
        });
        figure.Add(new BandSeries(labelled ? "expected ±1σ" : null, band.M4MeV, band.Minus1SigmaMuB, band.Plus1SigmaMuB)
        {
            Color = Palette.BluishGreen,
            FillOpacity = 1,
        });
        figure.Add(new LineSeries(labelled ? "expected median" : null, band.M4MeV, band.MedianMuB, LineStyle.Dashed)
        {
            Color = Palette.Black,
            WidthPx = 1.5,
        });
    }

    private static LineStyle StyleOf(ExclusionCurveKind kind) => kind switch
    {
        ExclusionCurveKind.TwoDofContour => LineStyle.Dashed,
        ExclusionCurveKind.Overlay => LineStyle.Dotted,
        _ => LineStyle.Solid,
    };
}
