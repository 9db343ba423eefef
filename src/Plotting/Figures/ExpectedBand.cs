namespace DipolePortal.Plotting.Figures;

/// <summary>The expected-limit bands of one fit from pseudo-experiments, drawn under its observed limit (a "Brazil" plot).</summary>
/// <param name="M4MeV">Sterile masses m4 [MeV], ascending.</param>
/// <param name="MedianMuB">Median expected limit at each m4 [μ_B].</param>
/// <param name="Minus1SigmaMuB">16% quantile [μ_B].</param>
/// <param name="Plus1SigmaMuB">84% quantile [μ_B].</param>
/// <param name="Minus2SigmaMuB">2.5% quantile [μ_B].</param>
/// <param name="Plus2SigmaMuB">97.5% quantile [μ_B].</param>
public sealed record ExpectedBand(
    IReadOnlyList<double> M4MeV,
    IReadOnlyList<double> MedianMuB,
    IReadOnlyList<double> Minus1SigmaMuB,
    IReadOnlyList<double> Plus1SigmaMuB,
    IReadOnlyList<double> Minus2SigmaMuB,
    IReadOnlyList<double> Plus2SigmaMuB)
{
    /// <summary>Legend rows the bands of a figure add (±2σ, ±1σ, median), once however many fits carry bands.</summary>
    public const int LegendRows = 3;

    /// <summary>Every μ value of the bands [μ_B], for the axis range.</summary>
    public IEnumerable<double> AllMuB() => [.. MedianMuB, .. Minus1SigmaMuB, .. Plus1SigmaMuB, .. Minus2SigmaMuB, .. Plus2SigmaMuB];
}
