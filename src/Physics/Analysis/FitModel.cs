using System.Collections.Immutable;
using DipolePortal.Physics.Statistics;

namespace DipolePortal.Physics.Analysis;

/// <summary>
/// Builds the binned model of one fit — one experiment, or several in a joint fit — at one m4 (docs/likelihood.md).
/// The bins of the experiments are concatenated. Flux components with the same name share one nuisance α across
/// experiments (the same Sun); each experiment's background has its own β; an experiment's efficiency nuisance
/// scales its neutrino counts' signal part.
/// </summary>
public static class FitModel
{
    /// <summary>The binned model at (m4, hypothesis); the signal strength s = μ² is left to the χ².</summary>
    public static BinnedModel Build(IReadOnlyList<PreparedExperiment> experiments, double m4MeV, CouplingHypothesis hypothesis)
    {
        var dipole = experiments.Select(e => e.DipoleCountsPerMuB2(m4MeV, hypothesis)).ToList();
        return Assemble(experiments, dipole);
    }

    /// <summary>Assembles the model from precomputed dipole counts per experiment ([experiment][component][bin]).</summary>
    public static BinnedModel Assemble(IReadOnlyList<PreparedExperiment> experiments, IReadOnlyList<double[][]> dipoleCountsPerMuB2)
    {
        int totalBins = experiments.Sum(e => e.Data.BinCount);
        var observed = experiments.SelectMany(e => e.Data.ObservedCounts).ToImmutableArray();
        var components = ImmutableArray.CreateBuilder<LinearComponent>();
        var fluxNames = experiments.SelectMany(e => e.Flux.Select(c => c.Name)).Distinct().ToList();
        foreach (string name in fluxNames)
        {
            var baseCounts = new double[totalBins];
            var signalCounts = new double[totalBins];
            double sigma = 0;
            int offset = 0;
            for (int x = 0; x < experiments.Count; x++)
            {
                PreparedExperiment experiment = experiments[x];
                int c = IndexOfComponent(experiment, name);
                if (c >= 0)
                {
                    sigma = experiment.Flux[c].RelativeUncertainty;
                    experiment.StandardModelCounts[c].CopyTo(baseCounts, offset);
                    dipoleCountsPerMuB2[x][c].CopyTo(signalCounts, offset);
                }

                offset += experiment.Data.BinCount;
            }

            components.Add(new LinearComponent(new NuisanceParameter($"flux:{name}", sigma), [.. baseCounts], [.. signalCounts]));
        }

        AddPerExperimentTerms(experiments, components, totalBins);
        return new BinnedModel(observed, components.ToImmutable());
    }

    private static void AddPerExperimentTerms(IReadOnlyList<PreparedExperiment> experiments, ImmutableArray<LinearComponent>.Builder components, int totalBins)
    {
        int offset = 0;
        for (int x = 0; x < experiments.Count; x++)
        {
            PreparedExperiment experiment = experiments[x];
            foreach (var background in experiment.Backgrounds)
            {
                var counts = new double[totalBins];
                background.CountsPerBin.CopyTo(counts, offset);
                components.Add(new LinearComponent(new NuisanceParameter(background.Name, background.RelativeUncertainty), [.. counts], [.. new double[totalBins]]));
            }

            offset += experiment.Data.BinCount;
        }

        ApplyEfficiencyNuisances(experiments, components, totalBins);
    }

    /// <summary>
    /// An experiment with an efficiency prior (seed 001 Sec. 3.1) gets a nuisance ε scaling its dipole signal. The SM ν
    /// counts are already inside the published background's normalization, so the signal part is the one that matters;
    /// this is the linearized (1 + α)(1 + ε) of docs/likelihood.md, applied per experiment through a signal-only component.
    /// </summary>
    private static void ApplyEfficiencyNuisances(IReadOnlyList<PreparedExperiment> experiments, ImmutableArray<LinearComponent>.Builder components, int totalBins)
    {
        for (int x = 0; x < experiments.Count; x++)
        {
            double sigma = experiments[x].Definition.EfficiencyRelativeUncertainty;
            if (sigma <= 0)
            {
                continue;
            }

            var efficiency = new NuisanceParameter($"{experiments[x].Definition.Id}:efficiency", sigma);
            for (int i = 0; i < components.Count; i++)
            {
                if (components[i].SignalCountsPerMuB2.Any(v => v > 0) && components[i].SignalNuisance is null)
                {
                    components[i] = components[i] with { SignalNuisance = efficiency };
                }
            }
        }

        _ = totalBins;
    }

    private static int IndexOfComponent(PreparedExperiment experiment, string name)
    {
        for (int c = 0; c < experiment.Flux.Count; c++)
        {
            if (experiment.Flux[c].Name == name)
            {
                return c;
            }
        }

        return -1;
    }
}
