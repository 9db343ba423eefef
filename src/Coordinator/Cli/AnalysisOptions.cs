using System.CommandLine;
using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.Experiments;

namespace DipolePortal.Coordinator.Cli;

/// <summary>Options shared by the analysis verbs (limit, spectrum): which experiments, flavor, m4 and binding.</summary>
internal sealed class AnalysisOptions
{
    public Option<string[]> Experiment { get; } = new("--experiment")
    {
        Description = "experiment id (repeat for a joint fit): " + string.Join(", ", ExperimentRegistry.All.Select(e => e.Id)),
        Required = true,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string> Flavor { get; } = new("--flavor")
    {
        Description = "which transition moment is switched on: e, mu, tau, universal (μ_e4 = μ_μ4 = μ_τ4), or the mass-basis nu1, nu2, nu3 (Λ_14, Λ_24, Λ_34)",
        Required = true,
    };

    public Option<double> M4 { get; } = new("--m4") { Description = "sterile neutrino mass m4 [MeV]", Required = true };

    public Option<string> Binding { get; } = new("--binding")
    {
        Description = "electron binding: free (free electrons, seed 000; the default) or step (step function, seed 001 Eq. (16))",
        DefaultValueFactory = _ => "free",
    };

    public Option<bool> Json { get; } = new("--json") { Description = "print one JSON object on stdout" };

    public AnalysisOptions()
    {
        Flavor.AcceptOnlyFromAmong([.. CouplingHypotheses.Names]);
        Binding.AcceptOnlyFromAmong("free", "step");
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Experiment);
        command.Options.Add(Flavor);
        command.Options.Add(M4);
        command.Options.Add(Binding);
        command.Options.Add(Json);
    }

    public static BindingModel ParseBinding(string word) => word == "step" ? BindingModel.StepFunction : BindingModel.FreeElectron;

    /// <summary>The prepared experiments of the request, with unknown ids reported as bad input.</summary>
    public IReadOnlyList<PreparedExperiment> Experiments(ParseResult parse)
    {
        string[] ids = parse.GetValue(Experiment) ?? [];
        if (ids.Distinct(StringComparer.OrdinalIgnoreCase).Count() != ids.Length)
        {
            throw new UserInputException($"--experiment lists the same experiment twice ({string.Join(", ", ids)}); name each once");
        }

        var definitions = ids.Select(ExperimentRegistry.Find).ToList();
        return definitions.Select(d => PreparedExperimentCache.Get(d, ParseBinding(parse.GetValue(Binding)!))).ToList();
    }
}
