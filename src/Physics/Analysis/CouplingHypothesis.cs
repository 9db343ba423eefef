using DipolePortal.Physics.Sources;
using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Analysis;

/// <summary>
/// Which transition moments are switched on in a fit: one flavor μ_ℓ4 (the others zero), all three equal
/// (μ_e4 = μ_μ4 = μ_τ4, "universal"), or one fundamental mass-basis moment Λ_i4 (the others zero; seed 001 Sec. 2.1).
/// Seed 002 Eq. (3): the dipole rate of arriving flavor ℓ is weighted by P_eℓ; for Λ_i4 the rate is weighted by the
/// probability Pᵢ that the neutrino arrives as νᵢ (solar) or by |U_ℓi|² for a flavor-ℓ short-baseline source.
/// </summary>
/// <remarks>The limit of a nu1/nu2/nu3 fit is on |Λ_i4| [μ_B]; the output column keeps its name (mu_limit_muB).</remarks>
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

    /// <summary>Only the mass-basis Λ_14 ≠ 0 ("nu1").</summary>
    MassState1,

    /// <summary>Only the mass-basis Λ_24 ≠ 0 ("nu2").</summary>
    MassState2,

    /// <summary>Only the mass-basis Λ_34 ≠ 0 ("nu3").</summary>
    MassState3,
}

/// <summary>Names and arrival weights of <see cref="CouplingHypothesis"/>.</summary>
public static class CouplingHypotheses
{
    /// <summary>The command-line and output names, in canonical order: e, mu, tau, universal, nu1, nu2, nu3.</summary>
    public static IReadOnlyList<string> Names { get; } = ["e", "mu", "tau", "universal", "nu1", "nu2", "nu3"];

    /// <summary>
    /// Weights applied to what arrives: (w_e, w_μ, w_τ) on the arriving flavors for e, mu, tau, universal (1 where the
    /// moment is switched on); (w₁, w₂, w₃) on the arriving mass states for nu1, nu2, nu3 (1 on the one state).
    /// </summary>
    public static ArrivalWeights Weights(this CouplingHypothesis hypothesis) => hypothesis switch
    {
        CouplingHypothesis.Electron => FlavorProbabilities.Pure(NeutrinoFlavor.Electron),
        CouplingHypothesis.Muon => FlavorProbabilities.Pure(NeutrinoFlavor.Muon),
        CouplingHypothesis.Tau => FlavorProbabilities.Pure(NeutrinoFlavor.Tau),
        CouplingHypothesis.Universal => new FlavorProbabilities(1, 1, 1),
        CouplingHypothesis.MassState1 => new ArrivalWeights(default, MassStateProbabilities.Pure(1)),
        CouplingHypothesis.MassState2 => new ArrivalWeights(default, MassStateProbabilities.Pure(2)),
        CouplingHypothesis.MassState3 => new ArrivalWeights(default, MassStateProbabilities.Pure(3)),
        _ => throw new ArgumentOutOfRangeException(nameof(hypothesis), hypothesis, "unknown coupling hypothesis"),
    };

    /// <summary>True for the mass-basis hypotheses nu1, nu2, nu3 (a limit on Λ_i4 rather than μ_ℓ4).</summary>
    public static bool IsMassBasis(this CouplingHypothesis hypothesis) =>
        hypothesis is CouplingHypothesis.MassState1 or CouplingHypothesis.MassState2 or CouplingHypothesis.MassState3;

    /// <summary>The output name of a hypothesis ("e", "mu", "tau", "universal", "nu1", "nu2", "nu3").</summary>
    public static string Name(this CouplingHypothesis hypothesis) => Names[(int)hypothesis];

    /// <summary>Parses "e", "mu", "tau", "universal", "nu1", "nu2" or "nu3" (case-insensitive).</summary>
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
