using System.Globalization;
using DipolePortal.Coordinator.Output;
using DipolePortal.Physics.Shining;
using DipolePortal.Physics.Sources;
using DipolePortal.Plotting.Figures;
using DipolePortal.Plotting.Series;

namespace DipolePortal.Coordinator.Plots;

/// <summary>
/// Photon energy and angle distributions of shining CEvNS for Dirac and Majorana ν4 at one (m4, μ) (seed 004, "Distribution
/// of photon energy (left) and photon angle"), decays inside the setup's decay region only.
/// </summary>
/// <param name="M4MeV">m4 [MeV].</param>
/// <param name="MuBohr">μ_e4 [μ_B].</param>
/// <param name="Energy">E_γ histograms [MeV], Dirac then Majorana.</param>
/// <param name="Angle">cosθ_γ histograms (photon to incoming ν̄), Dirac then Majorana.</param>
internal sealed record ShiningPhotonsPlot(double M4MeV, double MuBohr, IReadOnlyList<PhotonHistogram> Energy, IReadOnlyList<PhotonHistogram> Angle)
{
    /// <summary>The natures in the order of <see cref="Energy"/> and <see cref="Angle"/>.</summary>
    public static readonly NeutrinoNature[] Natures = [NeutrinoNature.Dirac, NeutrinoNature.Majorana];

    /// <summary>E_γ bins: 0.2 MeV wide up to the end of the reactor spectrum (E_γ &lt; E_ν ≤ 8 MeV).</summary>
    private static readonly double[] EnergyEdgesMeV =
        [.. Enumerable.Range(0, 41).Select(i => ReactorSpectrumPerFission.TableEndMeV * i / 40.0)];

    /// <summary>cosθ_γ bins: 20 of width 0.1 over [−1, 1].</summary>
    private static readonly double[] CosEdges = [.. Enumerable.Range(0, 21).Select(i => -1.0 + i / 10.0)];

    /// <summary>The four histograms, reporting each one done to <paramref name="progress"/> (the angular ones take seconds).</summary>
    public static ShiningPhotonsPlot Compute(NucleusSetup setup, double m4MeV, double muBohr, StepProgress progress)
    {
        int total = 2 * Natures.Length;
        PhotonHistogram[] energy = [.. Natures.Select(n => ShiningCevns.PhotonEnergySpectrum(setup, m4MeV, muBohr, n, EnergyEdgesMeV))];
        progress.Report(Natures.Length, total);
        var angle = new List<PhotonHistogram>();
        foreach (NeutrinoNature nature in Natures)
        {
            angle.Add(ShiningCevns.PhotonAngularDistribution(setup, m4MeV, muBohr, nature, CosEdges));
            progress.Report(Natures.Length + angle.Count, total);
        }

        return new(m4MeV, muBohr, energy, angle);
    }

    /// <summary>Normalized E_γ densities [MeV⁻¹], Dirac solid and Majorana dashed.</summary>
    public DistributionPlotInput EnergyInput(string title) =>
        Input(title, "E_γ [MeV]", "1/N dN/dE_γ [MeV^{-1}]", Energy);

    /// <summary>Normalized cosθ_γ densities, Dirac solid and Majorana dashed.</summary>
    public DistributionPlotInput AngleInput(string title) =>
        Input(title, "cos θ_γ (photon to incoming ν̄_e)", "1/N dN/dcos θ_γ", Angle);

    private DistributionPlotInput Input(string title, string xTitle, string yTitle, IReadOnlyList<PhotonHistogram> histograms) => new(
        $"Shining CEvNS, {title}: m_4 = {M4MeV.ToString("G4", CultureInfo.InvariantCulture)} MeV, " +
        $"μ = {SpectrumPlot.Markup(MuBohr)} μ_B",
        xTitle,
        yTitle,
        histograms[0].BinEdges,
        [.. histograms.Select((h, i) => new DistributionHistogram(Natures[i].ToString(), h.Density, i == 0 ? LineStyle.Solid : LineStyle.Dashed))]);
}
