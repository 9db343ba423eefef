using System.Globalization;
using System.Text.Json.Nodes;
using DipolePortal.Coordinator.Output;

namespace DipolePortal.Coordinator.Benchmarks;

/// <summary>The figures of <c>dipole bench</c> and the targets of issue 8 they are held against (docs/performance.md).</summary>
internal sealed record BenchReport
{
    /// <summary>The numpy reference of issue 8 for the XENONnT flavor scan [s].</summary>
    public const double NumpyXenonntScanSeconds = 17.0;

    public required PhysicsFigures Physics { get; init; }
    public required double StartupSeconds { get; init; }
    public required double XenonntScanSeconds { get; init; }
    public required double XenonntScanCpuSeconds { get; init; }
    public required double ReferenceOneWorkerSeconds { get; init; }
    public required double ReferenceOneWorkerCpuSeconds { get; init; }
    public required double ReferenceTwoWorkersCpuSeconds { get; init; }
    public required double LoadAverage { get; init; }
    public required double ReferenceTwoWorkersSeconds { get; init; }

    /// <summary>The reference scan with one <c>dipole worker</c> process (and a <c>--workers 0</c> coordinator) [s]; null without the verb.</summary>
    public required double? ReferenceOneWorkerProcessSeconds { get; init; }
    public required bool TwoWorkerProcesses { get; init; }
    public required bool OutputsIdentical { get; init; }
    /// <summary>Store calls of the 1-worker <c>dipole scan</c> process (its timing.json) over that process's wall time.</summary>
    public required double StoreFraction { get; init; }

    /// <summary>Store calls over wall time of the fitting phase alone, run warm in the bench process (no start-up, no outputs).</summary>
    public required double StoreFractionOfFits { get; init; }
    public required double SqliteClaimsPerSecond { get; init; }
    public required double? PostgresClaimsPerSecond { get; init; }
    public required double PeakWorkingSetMB { get; init; }
    public required int Repeats { get; init; }

    public double XenonntSpeedup => NumpyXenonntScanSeconds / XenonntScanSeconds;
    /// <summary>From 1 to 2 worker processes (issue 8); from the in-process worker when the build has no worker verb.</summary>
    public double TwoWorkerSpeedup => (ReferenceOneWorkerProcessSeconds ?? ReferenceOneWorkerSeconds) / ReferenceTwoWorkersSeconds;

    /// <summary>Each target of issue 8 item 3: met (true), not met (false), or not measured (null).</summary>
    public IReadOnlyList<(string Name, string Goal, bool? Met)> Targets() =>
    [
        ("xenonnt_scan_100x", "XENONnT flavor scan ≥ 100× faster than 17 s", XenonntSpeedup >= 100),
        ("reference_under_3s", "bench-seed002 < 3 s with 2 workers", ReferenceTwoWorkersSeconds < 3),
        ("two_worker_speedup", "≥ 1.8× from 1 to 2 worker processes", TwoWorkerSpeedup >= 1.8),
        ("store_under_5pct", "store < 5% of scan wall time", StoreFraction < 0.05),
        ("postgres_500_claims", "≥ 500 shard claims/s on PostgreSQL", PostgresClaimsPerSecond is { } pg ? pg >= 500 : null),
        ("working_set_300MB", "≤ 300 MB working set per worker", PeakWorkingSetMB <= 300),
    ];

    public JsonObject ToJson()
    {
        var targets = new JsonObject();
        foreach (var (name, _, met) in Targets())
        {
            targets[name] = met is { } value ? JsonValue.Create(value) : null;
        }

        return new JsonObject
        {
            ["date_utc"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["machine"] = new JsonObject
            {
                ["cores"] = Environment.ProcessorCount,
                ["cpu_model"] = MachineInfo.CpuModel(),
                ["load_average_1min"] = JsonOutput.Number(LoadAverage),
            },
            ["repeats"] = Repeats,
            ["xenonnt_bins"] = Physics.BinCount,
            ["xenonnt_profiled_nuisances"] = Physics.ProfiledNuisances,
            ["chi2_evaluations_per_second_per_core"] = Round(Physics.Chi2EvaluationsPerSecond),
            ["spectra_per_second_per_core"] = Round(Physics.SpectraPerSecond),
            ["mass_point_fit_ms"] = Round(Physics.MassPointFitMilliseconds, 3),
            ["mass_point_fits_two_threads_vs_one"] = Round(Physics.TwoThreadFitScaling, 2),
            ["startup_seconds"] = Round(StartupSeconds, 3),
            ["xenonnt_scan_seconds"] = Round(XenonntScanSeconds, 3),
            ["xenonnt_scan_cpu_seconds"] = Round(XenonntScanCpuSeconds, 3),
            ["xenonnt_scan_speedup_vs_numpy"] = Round(XenonntSpeedup, 1),
            ["reference_scan_seconds_1_worker"] = Round(ReferenceOneWorkerSeconds, 3),
            ["reference_scan_seconds_2_workers"] = Round(ReferenceTwoWorkersSeconds, 3),
            ["reference_scan_seconds_1_worker_process"] = ReferenceOneWorkerProcessSeconds is { } p1 ? Round(p1, 3) : null,
            ["reference_scan_cpu_seconds_1_worker"] = Round(ReferenceOneWorkerCpuSeconds, 3),
            ["reference_scan_cpu_seconds_2_workers"] = Round(ReferenceTwoWorkersCpuSeconds, 3),
            ["two_workers_mode"] = TwoWorkerProcesses ? "processes" : "in-process",
            ["two_worker_speedup"] = Round(TwoWorkerSpeedup, 2),
            ["outputs_identical_1_vs_2_workers"] = OutputsIdentical,
            ["store_fraction_of_scan_time"] = Round(StoreFraction, 4),
            ["store_fraction_of_fits_in_bench"] = Round(StoreFractionOfFits, 4),
            ["shard_claims_per_second_sqlite"] = Round(SqliteClaimsPerSecond),
            ["shard_claims_per_second_postgres"] = PostgresClaimsPerSecond is { } pg ? Round(pg) : null,
            ["peak_working_set_MB_per_worker"] = Round(PeakWorkingSetMB, 1),
            ["targets_met"] = targets,
        };
    }

    public void WriteText(TextWriter output)
    {
        string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
        var table = new TextTable("figure", "value");
        table.Add($"chi2 evaluations per second per core (XENONnT, {Physics.BinCount} bins, {Physics.ProfiledNuisances} nuisances profiled)",
            F(Physics.Chi2EvaluationsPerSecond, "F0"));
        table.Add("dipole spectra per second per core (XENONnT, one per m4)", F(Physics.SpectraPerSecond, "F0"));
        table.Add("one mass-point fit (profile on 200 mu + limit) [ms]", F(Physics.MassPointFitMilliseconds, "F2"));
        table.Add("mass-point fits done by 2 threads at once vs 1 (the ceiling of a 1 -> 2 speed-up here)", F(Physics.TwoThreadFitScaling, "F2"));
        table.Add("process start-up, `dipole experiments` [s]", F(StartupSeconds, "F3"));
        table.Add($"XENONnT flavor scan, whole process [s wall / s CPU] (numpy: {NumpyXenonntScanSeconds} s)",
            $"{F(XenonntScanSeconds, "F2")} / {F(XenonntScanCpuSeconds, "F2")} ({F(XenonntSpeedup, "F1")}x)");
        table.Add("bench-seed002, 1 worker in the scan process [s wall / s CPU]", $"{F(ReferenceOneWorkerSeconds, "F2")} / {F(ReferenceOneWorkerCpuSeconds, "F2")}");
        if (ReferenceOneWorkerProcessSeconds is { } oneProcess)
        {
            table.Add("bench-seed002, 1 worker process [s wall]", F(oneProcess, "F2"));
        }

        table.Add($"bench-seed002, 2 workers ({(TwoWorkerProcesses ? "processes" : "in one process")}) [s wall / s CPU]",
            $"{F(ReferenceTwoWorkersSeconds, "F2")} / {F(ReferenceTwoWorkersCpuSeconds, "F2")}");
        table.Add(ReferenceOneWorkerProcessSeconds is null ? "speed-up 1 -> 2 workers" : "speed-up 1 -> 2 worker processes", F(TwoWorkerSpeedup, "F2"));
        table.Add("outputs identical, 1 vs 2 workers", OutputsIdentical ? "yes" : "NO");
        table.Add("store share of scan wall time (1-worker scan process)", F(StoreFraction * 100, "F2") + " %");
        table.Add("store share of the fits alone (warm, in the bench process)", F(StoreFractionOfFits * 100, "F2") + " %");
        table.Add("shard claims per second, SQLite", F(SqliteClaimsPerSecond, "F0"));
        table.Add("shard claims per second, PostgreSQL", PostgresClaimsPerSecond is { } pg ? F(pg, "F0") : "not measured (--postgres URI)");
        table.Add("peak working set per worker [MB]", F(PeakWorkingSetMB, "F0"));
        table.Write(output);
        output.WriteLine();
        foreach (var (_, goal, met) in Targets())
        {
            output.WriteLine($"{(met switch { true => "met    ", false => "NOT met", null => "n/a    " })}  {goal}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {MachineInfo.CpuModel()}, load average {LoadAverage:F1} (wall times grow with it); medians of {Repeats} runs"));
    }

    private static double Round(double value, int digits = 0) => Math.Round(value, digits);
}
