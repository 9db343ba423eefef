using System.Collections.Immutable;

namespace DipolePortal.Physics.Statistics;

/// <summary>
/// Observed counts Oₖ in K bins and the components of the prediction, linear in the nuisances:
/// Eₖ(θ; s) = Σ_p [(1 + θ_p)(A_pk + s D_pk) + θ_ε(p) s D_pk], s = μ² [μ_B²] (docs/likelihood.md).
/// </summary>
/// <remarks>
/// The bins may be the concatenation of several experiments' bins (a joint fit). Distinct nuisances are listed in
/// <see cref="Nuisances"/> in order of first appearance (per component: <see cref="LinearComponent.Nuisance"/>,
/// then <see cref="LinearComponent.SignalNuisance"/>); parameters of the same name are one nuisance and must agree
/// on σ.
/// </remarks>
/// <param name="ObservedCounts">Observed counts per bin Oₖ [events]; finite, ≥ 0 (non-integer allowed, e.g. Asimov data).</param>
/// <param name="Components">The components of the prediction, each spanning all K bins.</param>
public sealed record BinnedModel(ImmutableArray<double> ObservedCounts, ImmutableArray<LinearComponent> Components)
{
    /// <summary>Observed counts per bin Oₖ [events].</summary>
    public ImmutableArray<double> ObservedCounts { get; } = CountGuard.Validate(ObservedCounts, nameof(ObservedCounts), null);

    /// <summary>The components of the prediction; at least one, each with K bins.</summary>
    public ImmutableArray<LinearComponent> Components { get; } = ValidateComponents(ObservedCounts, Components);

    /// <summary>Distinct nuisances in order of first appearance; the order of every nuisance vector in this namespace.</summary>
    public ImmutableArray<NuisanceParameter> Nuisances { get; } = CollectNuisances(Components);

    /// <summary>Number of bins K.</summary>
    public int BinCount => ObservedCounts.Length;

    /// <summary>Index of the nuisance called <paramref name="name"/> in <see cref="Nuisances"/>, or −1.</summary>
    /// <param name="name">Nuisance name.</param>
    public int IndexOfNuisance(string name)
    {
        for (int i = 0; i < Nuisances.Length; i++)
        {
            if (string.Equals(Nuisances[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Expected counts Eₖ(θ; s) = Σ_p [(1 + θ_p)(A_pk + s D_pk) + θ_ε(p) s D_pk] [events], written out term by term
    /// (docs/likelihood.md). Nuisances are in the order of <see cref="Nuisances"/>, fixed ones included.
    /// </summary>
    /// <param name="muSquaredMuB2">Signal strength s = μ² [μ_B²]; finite, ≥ 0.</param>
    /// <param name="nuisances">θ for every entry of <see cref="Nuisances"/> [dimensionless].</param>
    public ImmutableArray<double> ExpectedCounts(double muSquaredMuB2, ReadOnlySpan<double> nuisances)
    {
        SignalStrengthGuard.ThrowIfInvalid(muSquaredMuB2);
        if (nuisances.Length != Nuisances.Length)
        {
            throw new ArgumentException($"Expected {Nuisances.Length} nuisance values, got {nuisances.Length}.", nameof(nuisances));
        }

        var expected = new double[BinCount];
        foreach (LinearComponent component in Components)
        {
            double theta = nuisances[IndexOfNuisance(component.Nuisance.Name)];
            double thetaSignal = component.SignalNuisance is null ? 0 : nuisances[IndexOfNuisance(component.SignalNuisance.Name)];
            for (int k = 0; k < BinCount; k++)
            {
                double signal = muSquaredMuB2 * component.SignalCountsPerMuB2[k];
                expected[k] += (1 + theta) * (component.BaseCounts[k] + signal) + thetaSignal * signal;
            }
        }

        return ImmutableArray.Create(expected);
    }

    private static ImmutableArray<LinearComponent> ValidateComponents(
        ImmutableArray<double> observed, ImmutableArray<LinearComponent> components)
    {
        if (components.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A binned model needs at least one component.", nameof(Components));
        }

        foreach (LinearComponent component in components)
        {
            ArgumentNullException.ThrowIfNull(component, nameof(Components));
            if (component.BinCount != observed.Length)
            {
                throw new ArgumentException(
                    $"Component '{component.Nuisance.Name}' has {component.BinCount} bins, but {observed.Length} counts are observed.",
                    nameof(Components));
            }
        }

        return components;
    }

    private static ImmutableArray<NuisanceParameter> CollectNuisances(ImmutableArray<LinearComponent> components)
    {
        var distinct = ImmutableArray.CreateBuilder<NuisanceParameter>();
        foreach (LinearComponent component in components)
        {
            Add(distinct, component.Nuisance);
            if (component.SignalNuisance is not null)
            {
                Add(distinct, component.SignalNuisance);
            }
        }

        return distinct.ToImmutable();
    }

    private static void Add(ImmutableArray<NuisanceParameter>.Builder distinct, NuisanceParameter nuisance)
    {
        foreach (NuisanceParameter known in distinct)
        {
            if (string.Equals(known.Name, nuisance.Name, StringComparison.Ordinal))
            {
                if (!known.Sigma.Equals(nuisance.Sigma))
                {
                    throw new ArgumentException(
                        $"Nuisance '{nuisance.Name}' appears with σ = {known.Sigma} and σ = {nuisance.Sigma}; one name, one prior.",
                        nameof(Components));
                }

                return;
            }
        }

        distinct.Add(nuisance);
    }
}
