using DipolePortal.Coordinator.Output;
using DipolePortal.Physics.Shining;
using DipolePortal.Plotting;
using DipolePortal.Plotting.Axes;
using DipolePortal.Plotting.Series;

namespace DipolePortal.Coordinator.Plots;

/// <summary>
/// Shining-CEvNS events on an (m4, μ) grid (seed 004) and their reach: per m4, the μ at which the expected events reach
/// <see cref="ZeroBackgroundEvents"/>, for the decay in the detector and for the "max" variant.
/// </summary>
internal static class ShiningEventsPlot
{
    /// <summary>90% CL upper limit on a Poisson mean with no event seen and no background: −ln 0.1 = 2.303 events.</summary>
    public static readonly double ZeroBackgroundEvents = -Math.Log(0.1);

    /// <summary>The library's grid, one m4 row at a time so that a long run reports its progress on stderr.</summary>
    public static ShiningEventGrid Compute(
        NucleusSetup setup, IReadOnlyList<double> m4sMeV, IReadOnlyList<double> musBohr, NeutrinoNature nature, StepProgress progress)
    {
        var rows = new List<ShiningEventGrid>(m4sMeV.Count);
        foreach (double m4MeV in m4sMeV)
        {
            rows.Add(ShiningCevns.EventGrid(setup, [m4MeV], musBohr, nature));
            progress.Report(rows.Count, m4sMeV.Count);
        }

        return new ShiningEventGrid([.. m4sMeV], [.. musBohr], nature, [.. rows.Select(r => r.Events[0])], [.. rows.Select(r => r.MaximumEvents[0])]);
    }

    /// <summary>
    /// The μ [μ_B] at which events first reach <paramref name="level"/> going up the μ grid, interpolated linearly in
    /// (ln μ, ln N) (exact for the μ² "max" variant and the μ⁴ long-lifetime regime); NaN when the grid does not bracket it.
    /// </summary>
    public static double ReachMuBohr(IReadOnlyList<double> musBohr, IReadOnlyList<double> events, double level)
    {
        for (int j = 0; j + 1 < musBohr.Count; j++)
        {
            if (events[j] > 0 && events[j] < level && events[j + 1] >= level)
            {
                double fraction = Math.Log(level / events[j]) / Math.Log(events[j + 1] / events[j]);
                return musBohr[j] * Math.Pow(musBohr[j + 1] / musBohr[j], fraction);
            }
        }

        return double.NaN;
    }

    /// <summary>The reach per m4 [μ_B], for the decay in the detector and for the "max" variant.</summary>
    public static (double[] DecayInDetector, double[] Maximum) Reach(ShiningEventGrid grid) =>
        ([.. grid.Events.Select(row => ReachMuBohr(grid.MusBohr, row, ZeroBackgroundEvents))],
         [.. grid.MaximumEvents.Select(row => ReachMuBohr(grid.MusBohr, row, ZeroBackgroundEvents))]);

    /// <summary>The 2.3-event lines in the (m4, μ) plane: solid for decays in the detector, dashed for the "max" variant.</summary>
    public static Figure Build(string title, NucleusSetup setup, ShiningEventGrid grid)
    {
        var (decay, maximum) = Reach(grid);
        var figure = new Figure(720, 540)
        {
            Title = $"Shining CEvNS, {title}, {grid.Nature} ν_4: N = 2.3 (90% CL)",
            X = Axis.LogCovering("m_4 [MeV]", grid.M4sMeV),
            Y = Axis.LogCovering("μ_{e4} [μ_B]", grid.MusBohr),
        };
        figure.Add(new LineSeries($"decay within {setup.DecayRegion.EndCm:G3} cm", grid.M4sMeV, decay));
        figure.Add(new LineSeries("every ν_4 decay seen (max)", grid.M4sMeV, maximum, LineStyle.Dashed));
        return figure;
    }
}
