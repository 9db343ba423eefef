namespace DipolePortal.Coordinator.Plots;

/// <summary>Predicted and observed counts in one reconstructed-energy bin at nominal nuisances.</summary>
/// <param name="LowMeV">Lower bin edge [MeV].</param>
/// <param name="HighMeV">Upper bin edge [MeV].</param>
/// <param name="Observed">Observed events.</param>
/// <param name="StandardModel">SM solar-ν electron scattering, summed over flux components.</param>
/// <param name="Dipole">Dipole up-scattering at (m4, μ), summed over flux components.</param>
/// <param name="Background">Non-ν backgrounds, summed.</param>
internal sealed record SpectrumBin(double LowMeV, double HighMeV, double Observed, double StandardModel, double Dipole, double Background)
{
    /// <summary>SM + dipole + background.</summary>
    public double Total => StandardModel + Dipole + Background;
}
