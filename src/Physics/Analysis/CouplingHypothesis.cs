using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Analysis;

/// <summary>
/// Which transition moments are switched on in a fit: one flavor μ_ℓ4 (the others zero), or all three equal
/// (μ_e4 = μ_μ4 = μ_τ4, "universal"). Seed 002 Eq. (3): the dipole rate of arriving flavor ℓ is weighted by P_eℓ.
/// </summary>
public enum CouplingHypothesis
{
    /// <summary>Only μ_e4 ≠ 0.</summary>
    Electron,

    /// <summary>Only μ_μ4 ≠ 0.</summary>
    Muon,

    /// <summary>Only μ_τ4 ≠ 0.</summary>
    Tau,

    /// <summary>μ_e4 = μ_μ4 = μ_τ4.</summary>
    Universal,
}

/// <summary>Names and flavor weights of <see cref="CouplingHypothesis"/>.</summary>
public static class CouplingHypotheses
{
    /// <summary>The command-line and output names, in canonical order: e, mu, tau, universal.</summary>
    public static IReadOnlyList<string> Names { get; } = ["e", "mu", "tau", "universal"];

    /// <summary>Weights (w_e, w_μ, w_τ) applied to the arriving-flavor probabilities: 1 where the moment is switched on.</summary>
    public static FlavorProbabilities Weights(this CouplingHypothesis hypothesis) => hypothesis switch
    {
        CouplingHypothesis.Electron => FlavorProbabilities.Pure(NeutrinoFlavor.Electron),
        CouplingHypothesis.Muon => FlavorProbabilities.Pure(NeutrinoFlavor.Muon),
        CouplingHypothesis.Tau => FlavorProbabilities.Pure(NeutrinoFlavor.Tau),
        CouplingHypothesis.Universal => new FlavorProbabilities(1, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(hypothesis), hypothesis, "unknown coupling hypothesis"),
    };

    /// <summary>The output name of a hypothesis ("e", "mu", "tau", "universal").</summary>
    public static string Name(this CouplingHypothesis hypothesis) => Names[(int)hypothesis];

    /// <summary>Parses "e", "mu", "tau" or "universal" (case-insensitive).</summary>
    /// <exception cref="ArgumentException">Any other word; the message lists the allowed ones.</exception>
    public static CouplingHypothesis Parse(string name)
    {
        for (int i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return (CouplingHypothesis)i;
            }
        }

        throw new ArgumentException($"flavor '{name}' is unknown: use one of {string.Join(", ", Names)}");
    }
}
