using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DipolePortal.Coordinator.Benchmarks;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Coordinator.Output;

namespace DipolePortal.Coordinator.Commands;

/// <summary>
/// <c>dipole bench</c>: the performance figures of issue 8 on this machine, held against its targets
/// (docs/performance.md). Figures are medians of --repeat runs; scans run as real child processes on fresh SQLite
/// stores in a temporary folder, which is removed afterwards.
/// </summary>
internal static class BenchCommand
{
    private const string ReferenceSpec = "scans/bench-seed002.yaml";
    private const string ReferenceScanName = "bench-seed002";

    public static Command Create(TextWriter stdout)
    {
        var json = new Option<bool>("--json") { Description = "print one JSON object on stdout" };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "also time shard claims on this PostgreSQL store, postgres://USER@HOST:PORT/DB (password from PGPASSWORD; " +
                          "default: the DIPOLE_TEST_POSTGRES variable); a scan called bench-claims is created there and emptied",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DIPOLE_TEST_POSTGRES") is { Length: > 0 } uri ? uri : null,
        };
        var repeat = new Option<int>("--repeat") { Description = "runs per figure; the median is reported", DefaultValueFactory = _ => 3 };
        var spec = new Option<string>("--spec") { Description = "the reference scan", DefaultValueFactory = _ => ReferenceSpec };
        var command = new Command("bench",
            "Measure this machine against the targets of issue 8: profiled χ² evaluations and dipole spectra per second per core, " +
            "wall time of the reference scan (scans/bench-seed002.yaml) with 1 and 2 workers, the XENONnT flavor scan as a whole process, " +
            "shard claims per second (SQLite; PostgreSQL with --postgres), the store's share of scan time and the peak working set per worker. " +
            "Takes a few minutes; see docs/performance.md.")
        {
            json, postgres, repeat, spec,
        };
        command.SetAction((parse, ct) => RunAsync(
            stdout, parse.InvocationConfiguration.Error, parse.GetValue(json), parse.GetValue(postgres), parse.GetValue(repeat), parse.GetValue(spec)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(TextWriter stdout, TextWriter stderr, bool json, string? postgresUri, int repeats, string specPath, CancellationToken ct)
    {
        if (repeats is < 1 or > 25)
        {
            throw new UserInputException($"--repeat = {repeats} is not allowed: use 1 to 25 runs per figure");
        }

        if (postgresUri is not null && !Worker.Store.StoreUri.TryParse(postgresUri, out _, out string? problem))
        {
            throw new UserInputException($"--postgres is not a store URI: {problem}"); // the URI itself is not echoed: it may hold a password
        }

        string reference = ResolveSpec(specPath);
        string work = Path.Combine(Path.GetTempPath(), $"dipole-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        try
        {
            void Progress(string step) => stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dipole bench: {step}…"));
            BenchReport report = await MeasureAsync(work, reference, postgresUri, repeats, Progress, ct);
            if (json)
            {
                JsonOutput.Write(stdout, report.ToJson());
            }
            else
            {
                report.WriteText(stdout);
            }

            return ExitCodes.Success;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<BenchReport> MeasureAsync(
        string work, string reference, string? postgresUri, int repeats, Action<string> progress, CancellationToken ct)
    {
        progress("physics: χ² evaluations, spectra, mass-point fits");
        PhysicsFigures physics = PhysicsBenchmark.Run(TimeSpan.FromSeconds(0.5), repeats);
        var scans = new ScanBenchmark(work);

        progress("start-up: dipole experiments");
        double startup = await MedianAsync(Math.Max(repeats, 5), async () =>
        {
            var clock = Stopwatch.StartNew();
            using DipoleProcess process = DipoleProcess.Start(["experiments"], Path.Combine(work, "logs"));
            await process.WaitAsync(ct);
            return clock.Elapsed.TotalSeconds;
        });

        progress("XENONnT flavor scan (4 flavors × 50 m4 × 100 μ), one process, default workers");
        string xenonntSpec = Path.Combine(work, "xenonnt-flavors.yaml");
        await File.WriteAllTextAsync(xenonntSpec, XenonntFlavorScan, ct);
        var peaks = new List<long>();
        var xenonntRuns = new List<ScanRun>();
        double xenonnt = await MedianAsync(repeats, async () =>
        {
            ScanRun run = await scans.InProcessAsync(xenonntSpec, Environment.ProcessorCount, ct);
            xenonntRuns.Add(run);
            return run.Wall.TotalSeconds;
        });

        progress($"{ReferenceScanName}: 1 worker");
        var oneWorker = new List<ScanRun>();
        double one = await MedianAsync(repeats, async () =>
        {
            ScanRun run = await scans.InProcessAsync(reference, 1, ct);
            oneWorker.Add(run);
            return run.Wall.TotalSeconds;
        });

        bool processes = ScanBenchmark.HasWorkerVerb;
        progress($"{ReferenceScanName}: 2 workers ({(processes ? "dipole worker processes" : "in one process; this build has no `dipole worker`")})");
        var twoWorkers = new List<ScanRun>();
        double two = await MedianAsync(repeats, async () =>
        {
            ScanRun run = processes
                ? await scans.WorkerProcessesAsync(reference, ReferenceScanName, 2, ct)
                : await scans.InProcessAsync(reference, 2, ct);
            twoWorkers.Add(run);
            return run.Wall.TotalSeconds;
        });
        var oneProcess = new List<ScanRun>();
        double? oneWorkerProcess = null;
        if (processes)
        {
            progress($"{ReferenceScanName}: 1 dipole worker process");
            oneWorkerProcess = await MedianAsync(repeats, async () =>
            {
                ScanRun run = await scans.WorkerProcessesAsync(reference, ReferenceScanName, 1, ct);
                oneProcess.Add(run);
                return run.Wall.TotalSeconds;
            });
        }

        peaks.AddRange(oneWorker.Concat(twoWorkers).Concat(oneProcess).Select(r => r.PeakWorkingSetBytes));

        progress("store share of the fits alone (1 worker, in this process, every store call timed)");
        (TimeSpan wall, TimeSpan inStore) = await StoreBenchmark.ScanStoreTimeAsync(reference, Path.Combine(work, "store-time"), 1, ct);

        progress("shard claims: SQLite" + (postgresUri is null ? "" : " and PostgreSQL"));
        double sqliteClaims = await MedianAsync(repeats, () =>
            StoreBenchmark.ClaimsPerSecondAsync($"sqlite:{Path.Combine(work, "claims.db")}", 400, 2, ct));
        double? postgresClaims = postgresUri is null
            ? null
            : await MedianAsync(repeats, () => StoreBenchmark.ClaimsPerSecondAsync(postgresUri, 400, 2, ct));

        return new BenchReport
        {
            Physics = physics,
            StartupSeconds = startup,
            XenonntScanSeconds = xenonnt,
            XenonntScanCpuSeconds = Median(xenonntRuns.Select(r => r.Cpu.TotalSeconds)),
            ReferenceOneWorkerCpuSeconds = Median(oneWorker.Select(r => r.Cpu.TotalSeconds)),
            ReferenceTwoWorkersCpuSeconds = Median(twoWorkers.Select(r => r.Cpu.TotalSeconds)),
            LoadAverage = MachineInfo.LoadAverage(),
            ReferenceOneWorkerSeconds = one,
            ReferenceTwoWorkersSeconds = two,
            ReferenceOneWorkerProcessSeconds = oneWorkerProcess,
            TwoWorkerProcesses = processes,
            OutputsIdentical = SameOutputs(oneWorker[0].OutputFolder, twoWorkers[0].OutputFolder, ReferenceScanName),
            StoreFraction = Median(oneWorker.Select(r => r.StoreSeconds / r.Wall.TotalSeconds)),
            StoreFractionOfFits = inStore / wall,
            SqliteClaimsPerSecond = sqliteClaims,
            PostgresClaimsPerSecond = postgresClaims,
            PeakWorkingSetMB = peaks.Max() / (1024.0 * 1024.0),
            Repeats = repeats,
        };
    }

    /// <summary>The scan of issue 8's "100× faster than 17 s (numpy reference)" target.</summary>
    private const string XenonntFlavorScan = """
        name: xenonnt-flavors
        experiments: [xenonnt]
        flavors: [e, mu, tau, universal]
        m4_MeV: {min: 0.001, max: 1.0, points: 50, spacing: log}
        mu_muB: {min: 1.0e-12, max: 1.0e-8, points: 100, spacing: log}
        cl: 0.90
        """;

    /// <summary>Every output file of the scan except timing.json (wall times) is byte-identical between the two runs.</summary>
    private static bool SameOutputs(string firstOut, string secondOut, string scanName)
    {
        string first = Path.Combine(firstOut, scanName), second = Path.Combine(secondOut, scanName);
        var names = Directory.GetFiles(first).Select(Path.GetFileName).Where(n => n != "timing.json").Order().ToList();
        return names.Count > 0 && names.All(n => File.Exists(Path.Combine(second, n!)) &&
                                                 File.ReadAllBytes(Path.Combine(first, n!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, n!))));
    }

    private static string ResolveSpec(string path)
    {
        if (File.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        // ./dipole runs the build in .build/dipole/ under the repository root
        string besideBuild = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", path));
        return File.Exists(besideBuild)
            ? besideBuild
            : throw new UserInputException($"--spec {path} does not exist: give the path of the reference scan ({ReferenceSpec} in the repository)");
    }

    private static async Task<double> MedianAsync(int repeats, Func<Task<double>> measure)
    {
        var values = new List<double>();
        for (int i = 0; i < repeats; i++)
        {
            values.Add(await measure());
        }

        return Median(values);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
