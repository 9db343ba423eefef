using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Coordinator.Output;
using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.Statistics;

namespace DipolePortal.Coordinator.Commands;

/// <summary><c>dipole limit</c>: the 1-dof upper limit on μ_ℓ4 at one m4 for one experiment or a joint fit.</summary>
internal static class LimitCommand
{
    public static Command Create(TextWriter stdout)
    {
        var options = new AnalysisOptions();
        var cl = new Option<double>("--cl") { Description = "confidence level (Δχ² from the χ² distribution with 1 dof: 0.9 → 2.706)", DefaultValueFactory = _ => 0.9 };
        var command = new Command("limit",
            "Upper limit on the transition magnetic moment μ_ℓ4 [μ_B] at fixed m4 [MeV], 1 dof: Poisson χ² of seed 002 Eq. (7) with the solar-flux " +
            "and background nuisances profiled. Several --experiment options make one joint fit (the solar-flux nuisances shared). " +
            "Electron binding defaults to free electrons (seed 000); --binding step uses the step function of seed 001 Eq. (16).");
        options.AddTo(command);
        command.Options.Add(cl);
        command.SetAction(parse =>
        {
            double confidence = Validate.Probability("--cl", parse.GetValue(cl));
            double m4MeV = Validate.NonNegative("--m4", parse.GetValue(options.M4));
            var hypothesis = CouplingHypotheses.Parse(parse.GetValue(options.Flavor)!);
            var experiments = options.Experiments(parse);
            KinematicReach.Ensure(experiments, m4MeV);
            MassPointResult result = MassPointFit.Fit(experiments, hypothesis, m4MeV, confidence, []);
            var ids = experiments.Select(e => e.Definition.Id).ToList();
            if (parse.GetValue(options.Json))
            {
                JsonOutput.Write(stdout, new JsonObject
                {
                    ["mu_limit_muB"] = JsonOutput.Number(result.Limit.MuLimitMuB),
                    ["chi2_min"] = JsonOutput.Number(result.Limit.Chi2Min),
                    ["mu_bestfit_muB"] = JsonOutput.Number(result.Limit.MuBestFitMuB),
                    ["chi2_at_zero"] = JsonOutput.Number(result.Limit.Chi2AtZero),
                    ["delta_chi2"] = Limits.DeltaChi2(confidence, 1),
                    ["m4_MeV"] = m4MeV,
                    ["flavor"] = hypothesis.Name(),
                    ["experiments"] = new JsonArray([.. ids.Select(id => JsonValue.Create(id))]),
                    ["cl"] = confidence,
                    ["binding"] = parse.GetValue(options.Binding),
                });
            }
            else
            {
                new TextTable("experiments", "flavor", "m4 [MeV]", "CL", "mu_limit [muB]", "mu_bestfit [muB]", "chi2_min")
                    .Add(string.Join("+", ids), hypothesis.Name(), Show(m4MeV), Show(confidence),
                         Show(result.Limit.MuLimitMuB), Show(result.Limit.MuBestFitMuB), result.Limit.Chi2Min.ToString("F3", CultureInfo.InvariantCulture))
                    .Write(stdout);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Show(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
