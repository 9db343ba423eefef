using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Coordinator.Output;
using DipolePortal.Coordinator.Plots;
using DipolePortal.Physics.Analysis;

namespace DipolePortal.Coordinator.Commands;

/// <summary><c>dipole spectrum</c>: predicted SM, dipole and background counts per bin beside the observed (seed 000 Fig. 4).</summary>
internal static class SpectrumCommand
{
    public static Command Create(TextWriter stdout)
    {
        var options = new AnalysisOptions();
        var mu = new Option<double>("--mu") { Description = "transition magnetic moment μ_ℓ4 [μ_B]", Required = true };
        var command = new Command("spectrum", "Predicted counts per reconstructed-energy bin at nominal nuisances: SM solar-ν electron " +
            "scattering, dipole up-scattering at (m4, μ), the non-ν background, and the observed counts (as in seed 000 Fig. 4).");
        options.AddTo(command);
        command.Options.Add(mu);
        command.SetAction(parse =>
        {
            double m4MeV = Validate.NonNegative("--m4", parse.GetValue(options.M4));
            double muBohr = Validate.NonNegative("--mu", parse.GetValue(mu));
            var hypothesis = CouplingHypotheses.Parse(parse.GetValue(options.Flavor)!);
            var experiments = options.Experiments(parse);
            if (experiments.Count != 1)
            {
                throw new UserInputException("dipole spectrum takes one --experiment (a spectrum belongs to one detector)");
            }

            PreparedExperiment experiment = experiments[0];
            KinematicReach.Ensure(experiments, m4MeV);
            IReadOnlyList<SpectrumBin> rows = SpectrumBins.Compute(experiment, hypothesis, m4MeV, muBohr);

            if (parse.GetValue(options.Json))
            {
                var bins = new JsonArray();
                foreach (var r in rows)
                {
                    bins.Add(new JsonObject
                    {
                        ["bin_low_MeV"] = r.LowMeV,
                        ["bin_high_MeV"] = r.HighMeV,
                        ["observed_counts"] = r.Observed,
                        ["sm_nu_counts"] = r.StandardModel,
                        ["dipole_counts"] = r.Dipole,
                        ["background_counts"] = r.Background,
                        ["total_counts"] = r.Total,
                    });
                }

                JsonOutput.Write(stdout, new JsonObject
                {
                    ["experiment"] = experiment.Definition.Id,
                    ["flavor"] = hypothesis.Name(),
                    ["m4_MeV"] = m4MeV,
                    ["mu_muB"] = muBohr,
                    ["binding"] = parse.GetValue(options.Binding),
                    ["exposure_tonne_year"] = experiment.Definition.ExposureTonneYear,
                    ["bins"] = bins,
                });
                return ExitCodes.Success;
            }

            var table = new TextTable("bin [keV]", "observed", "SM nu", "dipole", "background", "total");
            foreach (var r in rows)
            {
                table.Add($"{r.LowMeV * 1e3:0.##}-{r.HighMeV * 1e3:0.##}", Show(r.Observed), Show(r.StandardModel), Show(r.Dipole), Show(r.Background),
                    Show(r.Total));
            }

            stdout.WriteLine($"{experiment.Definition.Id}: counts per bin, flavor {hypothesis.Name()}, m4 = {m4MeV} MeV, mu = {muBohr} muB");
            table.Write(stdout);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Show(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
