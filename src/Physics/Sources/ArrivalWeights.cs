using DipolePortal.Physics.Units;

namespace DipolePortal.Physics.Sources;

/// <summary>
/// The weights a coupling hypothesis puts on what arrives at the detector: w·P = Σ_ℓ w_ℓ P_ℓ(E) + Σᵢ wᵢ Pᵢ(E), with
/// P_ℓ the arriving-flavor and Pᵢ the arriving-mass-state probabilities of a <see cref="FluxComponent"/>.
/// </summary>
/// <remarks>
/// A flavor-basis hypothesis (μ_ℓ4, seed 002 Eq. (3)) sets only <see cref="Flavors"/>; a mass-basis one (Λ_i4, seed 001
/// Sec. 2.1) sets only <see cref="MassStates"/>. A plain <see cref="FlavorProbabilities"/> converts implicitly to flavor
/// weights, so the Standard-Model paths are unchanged.
/// </remarks>
/// <param name="Flavors">Weights (w_e, w_μ, w_τ) on the arriving flavors.</param>
/// <param name="MassStates">Weights (w₁, w₂, w₃) on the arriving mass states.</param>
public readonly record struct ArrivalWeights(FlavorProbabilities Flavors, MassStateProbabilities MassStates)
{
    /// <summary>Flavor weights only.</summary>
    public static implicit operator ArrivalWeights(FlavorProbabilities flavors) => new(flavors, default);

    /// <summary>True when any mass-state weight is non-zero (the component must then carry its mass states).</summary>
    public bool UsesMassStates => MassStates != default;

    /// <summary>w·P at node <paramref name="node"/> of <paramref name="component"/> [dimensionless].</summary>
    /// <exception cref="InvalidOperationException">Mass-state weights on a component that does not declare its mass states.</exception>
    public double At(FluxComponent component, int node)
    {
        ArgumentNullException.ThrowIfNull(component);
        FlavorProbabilities p = component.ArrivingFlavors[node];
        double flavor = (Flavors.Electron * p.Electron) + (Flavors.Muon * p.Muon) + (Flavors.Tau * p.Tau);
        if (!UsesMassStates)
        {
            return flavor;
        }

        if (component.ArrivingMassStates.Length != component.EnergiesMeV.Length)
        {
            throw new InvalidOperationException(
                $"flux component '{component.Name}' does not declare its arriving mass states, needed for a Λ_i4 (nu1/nu2/nu3) hypothesis");
        }

        MassStateProbabilities m = component.ArrivingMassStates[node];
        return flavor + (MassStates.Nu1 * m.Nu1) + (MassStates.Nu2 * m.Nu2) + (MassStates.Nu3 * m.Nu3);
    }
}
