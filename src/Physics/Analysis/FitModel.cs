using System.Collections.Immutable;
using DipolePortal.Physics.Experiments;
using DipolePortal.Physics.Statistics;

namespace DipolePortal.Physics.Analysis;

/// <summary>
/// Builds the binned model of one fit — one experiment, or several in a joint fit — at one m4 (docs/likelihood.md).
/// The bins of the experiments are concatenated. Every experiment contributes one component per flux component,
/// zero outside its own bins; components of the same flux share one nuisance α by name ("flux:pp": the same Sun).
/// Each experiment's background has its own β, and an experiment's efficiency nuisance scales only its own signal.
/// </summary>
public static class FitModel
{
    /// <summary>The binned model at (m4, hypothesis); the signal strength s = μ² is left to the χ².</summary>
    public static BinnedModel Build(IReadOnlyList<PreparedExperiment> experiments, double m4MeV, CouplingHypothesis hypothesis) =>
        Assemble(experiments, experiments.Select(e => e.DipoleCountsPerMuB2(m4MeV, hypothesis)).ToList());

    /// <summary>Assembles the model from precomputed dipole counts per experiment ([experiment][component][bin]).</summary>
    public static BinnedModel Assemble(IReadOnlyList<PreparedExperiment> experiments, IReadOnlyList<double[][]> dipoleCountsPerMuB2)
    {
        int totalBins = experiments.Sum(e => e.Data.BinCount);
        var components = ImmutableArray.CreateBuilder<LinearComponent>();
        int offset = 0;
        for (int x = 0; x < experiments.Count; x++)
        {
            PreparedExperiment experiment = experiments[x];
            double efficiencySigma = experiment.Definition.EfficiencyRelativeUncertainty;
            NuisanceParameter? efficiency = efficiencySigma > 0 ? new NuisanceParameter($"{experiment.Definition.Id}:efficiency", efficiencySigma) : null;
            for (int c = 0; c < experiment.Flux.Count; c++)
            {
                var flux = new NuisanceParameter($"flux:{experiment.Flux[c].Name}", experiment.Flux[c].RelativeUncertainty);
                components.Add(new LinearComponent(flux, InBins(experiment.StandardModelCounts[c], offset, totalBins),
                    InBins(dipoleCountsPerMuB2[x][c], offset, totalBins)) { SignalNuisance = efficiency });
            }

            foreach (var background in experiment.Backgrounds)
            {
                components.Add(new LinearComponent(new NuisanceParameter(background.Name, background.RelativeUncertainty),
                    InBins(background.CountsPerBin, offset, totalBins), [.. new double[totalBins]]));
            }

            offset += experiment.Data.BinCount;
        }

        return new BinnedModel([.. experiments.SelectMany(e => e.ObservedCounts)], components.ToImmutable());
    }

    /// <summary>
    /// The published Δᵢ of the pull χ² per concatenated bin [events] (<see cref="ExperimentData.ObservedUncertainties"/>,
    /// seed 001 Eq. (26)), NaN in the bins of an experiment that gives none (there Δᵢ = √max(Oᵢ, 1), seed 003 Eq. (11)).
    /// </summary>
    public static ImmutableArray<double> PublishedSigmas(IReadOnlyList<PreparedExperiment> experiments) =>
        [.. experiments.SelectMany(e => e.Data.ObservedUncertainties.IsDefaultOrEmpty
            ? Enumerable.Repeat(double.NaN, e.Data.BinCount)
            : e.Data.ObservedUncertainties)];

    /// <summary>The χ² form shared by every experiment of a fit.</summary>
    /// <exception cref="ArgumentException">The experiments are declared with different forms and cannot be fitted jointly.</exception>
    public static Chi2Form CommonChi2Form(IReadOnlyList<PreparedExperiment> experiments)
    {
        Chi2Form[] forms = [.. experiments.Select(e => e.Definition.Chi2Form).Distinct()];
        return forms.Length == 1
            ? forms[0]
            : throw new ArgumentException(
                $"{string.Join("+", experiments.Select(e => e.Definition.Id))} cannot be fitted jointly: their χ² forms differ " +
                $"({string.Join(", ", experiments.Select(e => $"{e.Definition.Id}: {e.Definition.Chi2Form}"))}); fit them separately");
    }

    /// <summary>An experiment's per-bin values placed at its offset in the concatenated bins, zero elsewhere.</summary>
    private static ImmutableArray<double> InBins(IReadOnlyList<double> values, int offset, int totalBins)
    {
        var all = new double[totalBins];
        for (int k = 0; k < values.Count; k++)
        {
            all[offset + k] = values[k];
        }

        return [.. all];
    }
}
