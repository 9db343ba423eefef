using System.CommandLine;
using System.Globalization;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Coordinator.Output;
using DipolePortal.Coordinator.Plots;
using DipolePortal.Physics.Analysis;
using DipolePortal.Physics.Experiments;
using DipolePortal.Plotting.Figures;

namespace DipolePortal.Coordinator.Commands;

/// <summary>
/// <c>dipole reproduce</c>: runs every scan spec of the repository's scans/ folder with in-process workers, then draws
/// the published figures that are not scans (E_min curves, predicted spectra), and collects every SVG in OUT/figures/.
/// </summary>
internal static class ReproduceCommand
{
    private const string EminFigureName = "seed002-fig1-emin";
    private const string SpectraFigureName = "seed000-fig4-spectra";

    public static Command Create(TextWriter stdout)
    {
        var outDirectory = new Option<string>("--out")
        {
            HelpName = "DIR",
            Description = "output folder: scans go to OUT/SCAN/, every figure to OUT/figures/",
            DefaultValueFactory = _ => "out",
        };
        var store = StoreOption.Create();
        var only = new Option<string?>("--only")
        {
            HelpName = "NAME",
            Description = $"run one item: a spec's file name without .yaml (or its scan name), {EminFigureName} or {SpectraFigureName}",
        };
        var scans = new Option<string?>("--scans")
        {
            HelpName = "DIR",
            Description = "folder of scan specs (default: scans/ next to DipolePortal.sln above the current folder)",
        };
        var workers = new Option<int?>("--workers") { HelpName = "N", Description = "in-process workers per scan (default: one per core)" };
        var command = new Command("reproduce",
            "Reproduce the published figures: run every scans/*.yaml (in-process workers; finished scans resume instantly), then draw " +
            "E_min (seed 002 Fig. 1) and the predicted spectra (seed 000 Fig. 4); every SVG goes to OUT/figures/.")
        {
            outDirectory, store, only, scans, workers,
        };
        command.SetAction(parse => Run(parse.GetValue(outDirectory)!, parse.GetValue(store)!, parse.GetValue(only), parse.GetValue(scans),
            parse.GetValue(workers) ?? Environment.ProcessorCount, stdout, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(
        string outDirectory, string storeUri, string? only, string? scansFolder, int workerCount, TextWriter stdout, TextWriter stderr)
    {
        string folder = scansFolder ?? DefaultScansFolder();
        if (!Directory.Exists(folder))
        {
            throw new UserInputException($"--scans {folder} does not exist; give the folder of scan specs (*.yaml)");
        }

        StoreOption.Parse(storeUri);
        var specs = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileNameWithoutExtension(path), Path: path)).ToList();
        string[] names = [.. specs.Select(s => s.Name), EminFigureName, SpectraFigureName];
        if (only is not null && !names.Contains(only) && !specs.Any(s => ScanName(s.Path) == only))
        {
            throw new UserInputException($"--only {only} is unknown: use one of {string.Join(", ", names)}");
        }

        string figures = Path.Combine(Path.GetFullPath(outDirectory), "figures");
        var table = new TextTable("figure", "reproduces", "from");
        int exit = ExitCodes.Success;
        foreach (var (name, path) in specs.Where(s => only is null || only == s.Name || only == ScanName(s.Path)))
        {
            string scan = ScanName(path);
            stderr.WriteLine($"dipole reproduce: scan {name} ({path})");
            using var quiet = new StringWriter(CultureInfo.InvariantCulture);
            string workers = workerCount.ToString(CultureInfo.InvariantCulture);
            int code = Program.Run(["scan", path, "--store", storeUri, "--out", outDirectory, "--workers", workers],
                quiet, stderr);
            exit = Math.Max(exit, code);
            string results = ScanOutputWriter.Folder(outDirectory, scan);
            IEnumerable<string> plots = Directory.Exists(results)
                ? Directory.GetFiles(results, "*.svg").Select(Path.GetFileName).OfType<string>()
                    .Where(ScanFigures.IsOptional).Order(StringComparer.Ordinal)
                : [];
            foreach (string file in plots)
            {
                string target = Path.Combine(figures, $"{name}-{file}");
                AtomicFile.WriteAllText(target, File.ReadAllText(Path.Combine(results, file)));
                table.Add(Relative(target), Caption(path), code == 0 ? $"scan {scan}" : $"scan {scan} (exit {code})");
            }
        }

        if (only is null || only == EminFigureName)
        {
            string target = Path.Combine(figures, $"{EminFigureName}.svg");
            AtomicFile.WriteAllText(target, EminFigure.Build(EminPlot.Input([0, 0.01, 0.3])).ToSvg());
            table.Add(Relative(target), "Seed 002 Fig. 1", "E_min for m4 = 0, 0.01, 0.3 MeV");
        }

        if (only is null || only == SpectraFigureName)
        {
            // Seed 000 Fig. 4 (b) and (c): PandaX-4T Run1 and XENONnT at m4 = 0.01 MeV, μ = 1e-11 μ_B, each flavor's contribution.
            foreach (var (panel, id) in new[] { ("b", "pandax4t-run1"), ("c", "xenonnt") })
            {
                PreparedExperiment experiment = PreparedExperimentCache.Get(ExperimentRegistry.Find(id), BindingModel.FreeElectron);
                CouplingHypothesis[] flavors = [CouplingHypothesis.Electron, CouplingHypothesis.Muon, CouplingHypothesis.Tau];
                string target = Path.Combine(figures, $"seed000-fig4{panel}-spectrum-{id}.svg");
                AtomicFile.WriteAllText(target, SpectrumFigure.Build(SpectrumPlot.Input(experiment, flavors, 0.01, 1e-11)).ToSvg());
                table.Add(Relative(target), $"Seed 000 Fig. 4{panel}", $"{id}, m4 = 0.01 MeV, mu = 1e-11 muB");
            }
        }

        table.Write(stdout);
        return exit;
    }

    private static string ScanName(string specPath)
    {
        try
        {
            return Planning.SpecReader.ReadFile(specPath).Name;
        }
        catch (Exception ex) when (CliErrors.IsBadInput(ex))
        {
            return Path.GetFileNameWithoutExtension(specPath);
        }
    }

    /// <summary>The spec's first comment up to its colon: "Seed 002 Fig. 2 (= seed 000 Fig. 5a)".</summary>
    private static string Caption(string specPath)
    {
        string? comment = File.ReadLines(specPath).FirstOrDefault(l => l.StartsWith('#'));
        if (comment is null)
        {
            return "-";
        }

        string text = comment.TrimStart('#').Trim();
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? text[..colon] : text;
    }

    private static string DefaultScansFolder()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DipolePortal.sln")))
            {
                return Path.Combine(directory.FullName, "scans");
            }
        }

        throw new UserInputException("no DipolePortal.sln above the current folder: run from inside the repository or give --scans DIR");
    }

    /// <summary>The path relative to the current folder when it lies inside it, else absolute.</summary>
    private static string Relative(string path)
    {
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
