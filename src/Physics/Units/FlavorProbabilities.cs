namespace DipolePortal.Physics.Units;

/// <summary>
/// Probabilities that a neutrino arrives at the detector as ν_e, ν_μ or ν_τ [dimensionless, each in 0–1].
/// For a pure beam one entry is 1; for solar neutrinos (P_ee, P_eμ, P_eτ) of seed 002 Eq. (3).
/// </summary>
/// <param name="Electron">P(→ν_e).</param>
/// <param name="Muon">P(→ν_μ).</param>
/// <param name="Tau">P(→ν_τ).</param>
public readonly record struct FlavorProbabilities(double Electron, double Muon, double Tau)
{
    /// <summary>The probability for one flavor.</summary>
    public double Of(NeutrinoFlavor flavor) => flavor switch
    {
        NeutrinoFlavor.Electron => Electron,
        NeutrinoFlavor.Muon => Muon,
        NeutrinoFlavor.Tau => Tau,
        _ => throw new ArgumentOutOfRangeException(nameof(flavor), flavor, "unknown flavor"),
    };

    /// <summary>A beam that arrives entirely as one flavor.</summary>
    public static FlavorProbabilities Pure(NeutrinoFlavor flavor) => flavor switch
    {
        NeutrinoFlavor.Electron => new(1, 0, 0),
        NeutrinoFlavor.Muon => new(0, 1, 0),
        NeutrinoFlavor.Tau => new(0, 0, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(flavor), flavor, "unknown flavor"),
    };
}
