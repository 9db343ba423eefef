using System.CommandLine;
using System.Globalization;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Coordinator.Output;
using DipolePortal.Coordinator.Plots;
using DipolePortal.Messages;
using DipolePortal.Physics.Shining;
using DipolePortal.Physics.Sources;
using DipolePortal.Plotting.Figures;

namespace DipolePortal.Coordinator.Commands;

/// <summary>
/// <c>dipole shining</c>: shining CEvNS at NUCLEUS (seed 004, docs/physics.md "Shining CEvNS"): expected events on an
/// (m4, μ) grid with their 2.3-event line, or the Dirac and Majorana photon energy and angle distributions at one point.
/// </summary>
internal static class ShiningCommand
{
    /// <summary>The setups of seed 004: NUCLEUS at Chooz with a 10 g or a 1 kg target, and their target masses [kg].</summary>
    public static readonly IReadOnlyDictionary<string, double> SetupMassesKg = new Dictionary<string, double>
    {
        ["nucleus-10g"] = 0.01,
        ["nucleus-1kg"] = 1.0,
    };

    /// <summary>The targets seed 004 compares.</summary>
    public static readonly string[] Targets = ["CaWO4", "Al2O3", "Ge73"];

    private const int MaxPoints = 1000;

    public static Command Create(TextWriter stdout)
    {
        var kind = new Option<string>("--kind")
        {
            HelpName = "events|photons",
            Description = "events: expected events on the (m4, μ) grid, with the decay in the detector and the \"max\" variant (every ν4 " +
                          "decay seen); photons: Dirac and Majorana photon energy and angle distributions at one (--m4, --mu)",
            DefaultValueFactory = _ => "events",
        };
        kind.AcceptOnlyFromAmong("events", "photons");
        var setup = new Option<string>("--setup")
        {
            Description = "NUCLEUS at Chooz (two 4.25 GW_th cores at 72 m and 102 m, 365.25 d live time, 20 eV recoil threshold, " +
                          "photons seen within 5 cm): nucleus-10g (0.01 kg target) or nucleus-1kg (1 kg)",
            DefaultValueFactory = _ => "nucleus-10g",
        };
        setup.AcceptOnlyFromAmong([.. SetupMassesKg.Keys]);
        var target = new Option<string>("--target")
        {
            Description = "target material: " + string.Join(", ", Targets),
            DefaultValueFactory = _ => "CaWO4",
        };
        target.AcceptOnlyFromAmong(Targets);
        var nature = new Option<string>("--nature")
        {
            Description = "events: dirac or majorana ν4 (Majorana: twice the ν4 → ν γ width); photons draw both",
            DefaultValueFactory = _ => "dirac",
        };
        nature.AcceptOnlyFromAmong("dirac", "majorana");
        var m4Grid = LogGridOptions.Create("--m4", "MEV", "sterile mass m4", "m4", "MeV", 0.01, 7.0, 15);
        var muGrid = LogGridOptions.Create("--mu", "MUB", "transition moment μ_e4", "μ", "μ_B", 1e-12, 1e-4, 41);
        var m4 = new Option<double>("--m4")
        {
            HelpName = "MEV",
            Description = "photons: sterile mass m4 [MeV]",
            DefaultValueFactory = _ => 1.0,
        };
        var mu = new Option<double>("--mu")
        {
            HelpName = "MUB",
            Description = "photons: transition moment μ_e4 [μ_B]",
            DefaultValueFactory = _ => 1e-8,
        };
        var format = new Option<string>("--format")
        {
            Description = "csv (shining_events.csv, or shining_photons_energy.csv and shining_photons_angle.csv) or json " +
                          "(shining_events.json or shining_photons.json); SVG plots are written either way",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "json");
        var outDirectory = OutOption.Create("output folder for the tables and plots");
        var command = new Command("shining",
            "Shining CEvNS at NUCLEUS (seed 004): reactor ν̄_e up-scatter on nuclei into ν4 through μ_e4, then ν4 → ν γ through the same " +
            "μ_e4. Writes expected events on an (m4, μ) grid with the 2.3-event line (90% CL, no background), or the Dirac and Majorana " +
            "photon distributions at one (m4, μ).")
        {
            kind, setup, target, nature, m4Grid.Min, m4Grid.Max, m4Grid.Points, muGrid.Min, muGrid.Max, muGrid.Points, m4, mu, format,
            outDirectory,
        };
        command.SetAction(parse =>
        {
            bool events = parse.GetValue(kind) == "events";
            TextWriter stderr = parse.InvocationConfiguration.Error;
            OnlyFor(parse, "events", events, nature, m4Grid.Min, m4Grid.Max, m4Grid.Points, muGrid.Min, muGrid.Max, muGrid.Points);
            OnlyFor(parse, "photons", !events, m4, mu);
            string setupName = parse.GetValue(setup)!;
            NucleusSetup nucleus = NucleusSetup.Chooz(parse.GetValue(target)!, SetupMassesKg[setupName]);
            var files = new ShiningFiles(parse.GetValue(outDirectory)!, parse.GetValue(format) == "json", setupName, nucleus);
            if (events)
            {
                double[] m4sMeV = m4Grid.Values(parse);
                double[] musBohr = muGrid.Values(parse);
                EnsureReach(nucleus, "--m4-max", m4sMeV[^1]);
                NeutrinoNature chosen = parse.GetValue(nature) == "majorana" ? NeutrinoNature.Majorana : NeutrinoNature.Dirac;
                Events(stdout, files, ShiningEventsPlot.Compute(nucleus, m4sMeV, musBohr, chosen, new StepProgress(stderr, "m4 points")));
            }
            else
            {
                double m4MeV = Validate.Positive("--m4", parse.GetValue(m4));
                double muBohr = Validate.Positive("--mu", parse.GetValue(mu));
                EnsureReach(nucleus, "--m4", m4MeV);
                Photons(stdout, files, ShiningPhotonsPlot.Compute(nucleus, m4MeV, muBohr, new StepProgress(stderr, "photon distributions")));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Events(TextWriter stdout, ShiningFiles files, ShiningEventGrid grid)
    {
        string table = files.Json
            ? files.Write("shining_events.json", ShiningTables.EventsJson(files.SetupName, files.Setup, grid))
            : files.Write("shining_events.csv", ShiningTables.EventsCsv(grid));
        string plot = files.Write("shining_events.svg", ShiningEventsPlot.Build(files.Title, files.Setup, grid).ToSvg());
        var (decay, maximum) = ShiningEventsPlot.Reach(grid);
        var reach = new TextTable("m4 [MeV]", "mu, decay in detector [muB]", "mu, max [muB]");
        for (int i = 0; i < grid.M4sMeV.Length; i++)
        {
            reach.Add(Show(grid.M4sMeV[i]), ShowReach(decay[i]), ShowReach(maximum[i]));
        }

        stdout.WriteLine($"shining CEvNS, {files.Title}, {grid.Nature}: mu at which " +
                         $"{Show(ShiningEventsPlot.ZeroBackgroundEvents)} events are expected (90% CL, no background)");
        reach.Write(stdout);
        stdout.WriteLine($"wrote {table} and {plot}");
    }

    private static void Photons(TextWriter stdout, ShiningFiles files, ShiningPhotonsPlot photons)
    {
        string[] tables = files.Json
            ? [files.Write("shining_photons.json", ShiningTables.PhotonsJson(files.SetupName, files.Setup, photons))]
            : [files.Write("shining_photons_energy.csv", ShiningTables.PhotonsCsv(ShiningTables.EnergyCsvHeader, photons.Energy)),
               files.Write("shining_photons_angle.csv", ShiningTables.PhotonsCsv(ShiningTables.AngleCsvHeader, photons.Angle))];
        string energyPlot = files.Write("shining_photons_energy.svg", DistributionFigure.Build(photons.EnergyInput(files.Title)).ToSvg());
        string anglePlot = files.Write("shining_photons_angle.svg", DistributionFigure.Build(photons.AngleInput(files.Title)).ToSvg());
        var summary = new TextTable("nu4", "events, decay in detector", "mean E_gamma [MeV]", "fraction cos_theta > 0");
        for (int n = 0; n < ShiningPhotonsPlot.Natures.Length; n++)
        {
            PhotonHistogram angle = photons.Angle[n];
            double forward = angle.Counts.Where((_, b) => angle.BinEdges[b] >= 0).Sum() / angle.Total;
            summary.Add(ShiningPhotonsPlot.Natures[n].ToString(), Show(photons.Energy[n].Total), Show(photons.Energy[n].BinnedMean), Show(forward));
        }

        stdout.WriteLine($"shining CEvNS, {files.Title}, m4 = {Show(photons.M4MeV)} MeV, mu = {Show(photons.MuBohr)} muB: photons of decays in the detector");
        summary.Write(stdout);
        stdout.WriteLine($"wrote {string.Join(", ", tables)}, {energyPlot} and {anglePlot}");
    }

    private static string Show(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static string ShowReach(double muBohr) => double.IsFinite(muBohr) ? Show(muBohr) : "outside the mu grid";

    /// <summary>An option given on the command line that belongs to the other kind is bad input, not silently ignored.</summary>
    private static void OnlyFor(ParseResult parse, string kind, bool selected, params Option[] options)
    {
        if (!selected && options.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is { } given)
        {
            throw new UserInputException($"{given.Name} belongs to --kind {kind}: drop it or add --kind {kind}");
        }
    }

    /// <summary>The three options of one log-spaced events grid (NAME-min, NAME-max, NAME-points) and their validation.</summary>
    private sealed record LogGridOptions(string Name, Option<double> Min, Option<double> Max, Option<int> Points)
    {
        public static LogGridOptions Create(
            string name, string helpName, string quantity, string symbol, string unit, double min, double max, int points) => new(
            name,
            new Option<double>(name + "-min")
            {
                HelpName = helpName,
                Description = $"events: smallest {quantity} [{unit}]",
                DefaultValueFactory = _ => min,
            },
            new Option<double>(name + "-max")
            {
                HelpName = helpName,
                Description = $"events: largest {quantity} [{unit}]",
                DefaultValueFactory = _ => max,
            },
            new Option<int>(name + "-points")
            {
                HelpName = "N",
                Description = $"events: {symbol} values, log-spaced [count]",
                DefaultValueFactory = _ => points,
            });

        /// <summary>The grid values, after one-line checks of each option (exit 2 on bad input).</summary>
        public double[] Values(ParseResult parse)
        {
            double min = Validate.Positive(Name + "-min", parse.GetValue(Min));
            double max = Validate.Positive(Name + "-max", parse.GetValue(Max));
            int points = Validate.Count(Name + "-points", parse.GetValue(Points), MaxPoints);
            Validate.Ordered(Name + "-min", min, Name + "-max", max, points);
            return new GridSpec { Min = min, Max = max, Points = points, Spacing = GridSpec.Logarithmic }.Values();
        }
    }

    /// <summary>m4 must leave some up-scattering above the recoil threshold; otherwise every number would be 0.</summary>
    private static void EnsureReach(NucleusSetup setup, string option, double m4MeV)
    {
        if (!(ShiningCevns.MaximumEvents(setup, m4MeV, 1.0) > 0))
        {
            throw new UserInputException(
                $"{option} = {m4MeV.ToString("G", CultureInfo.InvariantCulture)} MeV is beyond kinematic reach: reactor ν̄_e end at " +
                $"{ReactorSpectrumPerFission.TableEndMeV} MeV and no ν4 this heavy is made with a {setup.Target.Name} recoil above " +
                $"{setup.RecoilThresholdEV} eV; lower {option}");
        }
    }
}
