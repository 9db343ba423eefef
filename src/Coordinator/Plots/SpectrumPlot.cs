using System.Globalization;
using DipolePortal.Physics.Analysis;
using DipolePortal.Plotting.Figures;

namespace DipolePortal.Coordinator.Plots;

/// <summary>
/// Predicted vs observed recoil spectrum of one experiment (cf. seed 000 Fig. 4): the non-ν backgrounds and the SM
/// prediction stacked, one dipole contribution per coupling hypothesis at (m4, μ), and the data with √N bars.
/// </summary>
internal static class SpectrumPlot
{
    public static SpectrumPlotInput Input(
        PreparedExperiment experiment, IReadOnlyList<CouplingHypothesis> hypotheses, double m4MeV, double muBohr)
    {
        var perHypothesis = hypotheses.Select(h => (Hypothesis: h, Bins: SpectrumBins.Compute(experiment, h, m4MeV, muBohr))).ToList();
        IReadOnlyList<SpectrumBin> bins = perHypothesis[0].Bins;
        double[] edgesKeV = [.. bins.Select(b => b.LowMeV * 1e3).Append(bins[^1].HighMeV * 1e3)];
        string mu = Markup(muBohr);
        string m4 = m4MeV.ToString("G4", CultureInfo.InvariantCulture);
        return new SpectrumPlotInput(
            $"{FitLabels.ExperimentSet(experiment.Definition.Id)}: m_4 = {m4} MeV, μ = {mu} μ_B",
            edgesKeV,
            [.. experiment.Backgrounds.Select(b => new SpectrumContribution(
                experiment.Backgrounds.Length == 1 ? "non-ν background" : b.Name, [.. b.CountsPerBin]))],
            new SpectrumContribution("SM ν–e", [.. bins.Select(b => b.StandardModel)]),
            [.. perHypothesis.Select(p =>
                new SpectrumContribution($"dipole, {FitLabels.Flavor(p.Hypothesis.Name())}", [.. p.Bins.Select(b => b.Dipole)]))],
            [.. bins.Select(b => b.Observed)]);
    }

    /// <summary>1e-11 as "10^{-11}", 3e-11 as "3×10^{-11}".</summary>
    public static string Markup(double value)
    {
        if (value <= 0 || !double.IsFinite(value))
        {
            return value.ToString("G4", CultureInfo.InvariantCulture);
        }

        int exponent = (int)Math.Floor(Math.Log10(value) + 1e-12);
        double mantissa = Math.Round(value / Math.Pow(10, exponent), 3);
        string power = $"10^{{{exponent.ToString(CultureInfo.InvariantCulture)}}}";
        return mantissa == 1 ? power : $"{mantissa.ToString("0.###", CultureInfo.InvariantCulture)}×{power}";
    }
}
