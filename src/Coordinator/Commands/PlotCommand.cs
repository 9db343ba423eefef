using System.CommandLine;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Coordinator.Output;
using DipolePortal.Coordinator.Plots;
using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.Experiments;
using DipolePortal.Plotting;
using DipolePortal.Plotting.Figures;

namespace DipolePortal.Coordinator.Commands;

/// <summary>
/// <c>dipole plot SCAN|RESULTS_DIR --out FILE.svg</c>: the exclusion plot or the likelihood profiles of a scan, from
/// its results folder or from the store; and, without a scan, a predicted spectrum or the E_min curves.
/// </summary>
internal static class PlotCommand
{
    public static readonly string[] Kinds = ["exclusion", "profiles", "spectrum", "emin"];

    public static Command Create(TextWriter stdout)
    {
        var source = new Argument<string?>("SCAN|RESULTS_DIR")
        {
            Description = "results folder OUT/SCAN/ written by `dipole scan`, or a scan in the store (exclusion and profiles only)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var outFile = new Option<string>("--out") { HelpName = "FILE.svg", Description = "the SVG file to write", Required = true };
        var kind = new Option<string>("--kind")
        {
            HelpName = string.Join('|', Kinds),
            Description = "exclusion (μ limits vs m4: 1 dof solid, 2 dof dashed, overlays dotted), profiles (Δχ²(μ) per m4 with the " +
                          "90% CL lines), spectrum (predicted vs observed counts of one experiment) or emin (E_min vs T_e per m4)",
            DefaultValueFactory = _ => "exclusion",
        };
        var store = StoreOption.Create();
        var overlays = new Option<string[]>("--overlay")
        {
            HelpName = "CSV[:LABEL]",
            Description = "exclusion: a published curve to draw dotted, CSV of m4_MeV,mu_muB rows, optionally :LABEL (repeatable)",
            AllowMultipleArgumentsPerToken = false,
        };
        var flavors = new Option<string[]>("--flavor")
        {
            HelpName = "e|mu|tau|universal|nu1|nu2|nu3",
            Description = "exclusion, profiles: only these flavors (default all); spectrum: the dipole contributions to draw (repeatable)",
            AllowMultipleArgumentsPerToken = false,
        };
        var experiment = new Option<string>("--experiment") { HelpName = "X", Description = "spectrum: the experiment id" };
        var m4 = new Option<double[]>("--m4")
        {
            HelpName = "MEV",
            Description = "spectrum: m4 [MeV]; emin: one curve per --m4 (repeatable)",
            AllowMultipleArgumentsPerToken = false,
        };
        var mu = new Option<double?>("--mu") { HelpName = "MUB", Description = "spectrum: the transition magnetic moment μ [μ_B]" };
        var binding = new Option<string>("--binding")
        {
            HelpName = "free|step",
            Description = "spectrum: electron binding, free (default) or step",
            DefaultValueFactory = _ => "free",
        };
        var command = new Command("plot",
            "Draw a scan's exclusion plot or likelihood profiles (from OUT/SCAN/ or the store), a predicted spectrum (seed 000 Fig. 4) " +
            "or E_min curves (seed 002 Fig. 1) as an SVG file.")
        {
            source, outFile, kind, store, overlays, flavors, experiment, m4, mu, binding,
        };
        command.SetAction(async (parse, ct) =>
        {
            string path = parse.GetValue(outFile)!;
            if (!path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            {
                throw new UserInputException($"--out {path} is not allowed: name an .svg file");
            }

            string what = OneOf("--kind", parse.GetValue(kind)!, Kinds);
            string[] flavorList = [.. (parse.GetValue(flavors) ?? []).Select(f => OneOf("--flavor", f, [.. CouplingHypotheses.Names]))];
            Figure figure = what switch
            {
                "spectrum" => Spectrum(parse.GetValue(experiment), flavorList, parse.GetValue(m4) ?? [], parse.GetValue(mu),
                    OneOf("--binding", parse.GetValue(binding)!, ["free", "step"])),
                "emin" => EminFigure.Build(EminPlot.Input(Masses(parse.GetValue(m4) ?? []))),
                _ => await FromScan(what, parse.GetValue(source), parse.GetValue(store)!, flavorList, parse.GetValue(overlays) ?? [], ct),
            };
            AtomicFile.WriteAllText(path, figure.ToSvg());
            stdout.WriteLine($"wrote {what} plot to {path} ({figure.Series.Count(s => s.Label is not null)} curves)");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The value if allowed; otherwise bad input on one line (the parser's own message spans several).</summary>
    private static string OneOf(string option, string value, string[] allowed) => allowed.Contains(value)
        ? value
        : throw new UserInputException($"{option} {value} is unknown: use one of {string.Join(", ", allowed)}");

    private static async Task<Figure> FromScan(
        string kind, string? source, string storeUri, string[] flavors, string[] overlays, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(source))
        {
            throw new UserInputException(
                $"dipole plot --kind {kind} needs a results folder or a scan name (dipole plot SCAN|RESULTS_DIR --out FILE.svg)");
        }

        if (kind == "profiles" && overlays.Length > 0)
        {
            throw new UserInputException("--overlay belongs to the exclusion plot; drop it or use --kind exclusion");
        }

        ScanResults all = await ScanResultsSource.ReadAsync(source, storeUri, kind == "profiles", ct);
        ScanResults results = all.WithFlavors(flavors);
        if (flavors.Length > 0 && results.Limits.Count == 0)
        {
            throw new UserInputException($"--flavor {string.Join(", ", flavors)}: scan {all.Scan} has no results for it; " +
                                         $"it has {string.Join(", ", all.Fits().Select(f => f.Flavor).Distinct())}");
        }

        return kind == "profiles"
            ? ProfilePlot.Build(results)
            : ExclusionPlot.Build(results, [.. overlays.Select(Overlay)]);
    }

    /// <summary>"CSV" or "CSV:LABEL"; the label defaults to the file's name without extension.</summary>
    private static ExclusionCurve Overlay(string argument)
    {
        string path = argument;
        string? label = null;
        int colon = argument.LastIndexOf(':');
        if (!File.Exists(argument) && colon > 0)
        {
            path = argument[..colon];
            label = argument[(colon + 1)..];
        }

        if (!File.Exists(path))
        {
            throw new UserInputException(
                $"--overlay {argument}: file {path} does not exist; give CSV or CSV:LABEL with rows m4_MeV,mu_muB");
        }

        return OverlayCsvReader.ReadFile(path, string.IsNullOrWhiteSpace(label) ? Path.GetFileNameWithoutExtension(path) : label);
    }

    private static Figure Spectrum(string? experimentId, string[] flavors, double[] m4, double? mu, string binding)
    {
        if (string.IsNullOrEmpty(experimentId) || flavors.Length == 0 || m4.Length != 1 || mu is null)
        {
            throw new UserInputException(
                "dipole plot --kind spectrum needs --experiment X, --flavor F (repeatable), one --m4 MEV and --mu MUB");
        }

        double m4MeV = Validate.NonNegative("--m4", m4[0]);
        double muBohr = Validate.NonNegative("--mu", mu.Value);
        PreparedExperiment prepared = PreparedExperimentCache.Get(
            ExperimentRegistry.Find(experimentId), AnalysisOptions.ParseBinding(binding));
        KinematicReach.Ensure([prepared], m4MeV);
        return SpectrumFigure.Build(SpectrumPlot.Input(prepared, [.. flavors.Distinct().Select(CouplingHypotheses.Parse)], m4MeV, muBohr));
    }

    private static double[] Masses(double[] m4)
    {
        if (m4.Length == 0)
        {
            throw new UserInputException("dipole plot --kind emin needs at least one --m4 MEV (e.g. --m4 0 --m4 0.01 --m4 0.3)");
        }

        return [.. m4.Select(m => Validate.NonNegative("--m4", m))];
    }
}
