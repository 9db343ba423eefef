using System.Diagnostics;
using DipolePortal.Coordinator.Commands;
using DipolePortal.Worker.Store;

namespace DipolePortal.Coordinator.Benchmarks;

/// <summary>
/// Whole <c>dipole scan</c> processes, timed from start to exit (start-up, planning, computing, aggregation and
/// writing included), each on a fresh SQLite store in a temporary folder.
/// </summary>
internal sealed class ScanBenchmark(string workFolder)
{
    private int _runs;

    /// <summary>True when this build has the <c>dipole worker</c> verb, so that 2 workers can be 2 processes.</summary>
    public static bool HasWorkerVerb { get; } = CommandCatalog.All(TextWriter.Null).Any(c => c.Name == "worker");

    /// <summary><c>dipole scan SPEC --workers N</c> in one process.</summary>
    public async Task<ScanRun> InProcessAsync(string specPath, int workers, CancellationToken ct)
    {
        (string store, string output, string logs) = FreshFolders();
        TimeSpan cpuBefore = ChildCpuTime.Total();
        var clock = Stopwatch.StartNew();
        using DipoleProcess scan = DipoleProcess.Start(
            ["scan", specPath, "--store", store, "--workers", workers.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", output], logs);
        await scan.WaitAsync(ct);
        return new ScanRun(clock.Elapsed, ChildCpuTime.Total() - cpuBefore, scan.PeakWorkingSetBytes, output, StoreSeconds(output));
    }

    /// <summary>
    /// <c>dipole scan SPEC --workers 0</c> (plans and aggregates) with <paramref name="workers"/> processes of
    /// <c>dipole worker --scan NAME --stop-when-idle</c> on the same store.
    /// </summary>
    public async Task<ScanRun> WorkerProcessesAsync(string specPath, string scanName, int workers, CancellationToken ct)
    {
        (string store, string output, string logs) = FreshFolders();
        TimeSpan cpuBefore = ChildCpuTime.Total();
        var clock = Stopwatch.StartNew();
        using DipoleProcess coordinator = DipoleProcess.Start(["scan", specPath, "--store", store, "--workers", "0", "--out", output], logs);
        // Started together, as a farm is: a worker waits for its scan to be planned.
        var farm = Enumerable.Range(0, workers)
            .Select(_ => DipoleProcess.Start(["worker", "--store", store, "--scan", scanName, "--stop-when-idle"], logs))
            .ToList();
        try
        {
            await coordinator.WaitAsync(ct);
            TimeSpan elapsed = clock.Elapsed;
            foreach (DipoleProcess worker in farm)
            {
                await worker.WaitAsync(ct);
            }

            return new ScanRun(elapsed, ChildCpuTime.Total() - cpuBefore, farm.Max(w => w.PeakWorkingSetBytes), output, StoreSeconds(output));
        }
        finally
        {
            farm.ForEach(w => w.Dispose());
        }
    }

    /// <summary>store_seconds of the run's timing.json: the time its scan process spent in store calls.</summary>
    private static double StoreSeconds(string output)
    {
        string timing = Directory.GetFiles(output, "timing.json", SearchOption.AllDirectories).Single();
        return System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(timing))!["store_seconds"]!.GetValue<double>();
    }

    private (string Store, string Output, string Logs) FreshFolders()
    {
        string folder = Path.Combine(workFolder, $"run{Interlocked.Increment(ref _runs)}");
        Directory.CreateDirectory(folder);
        return ($"sqlite:{Path.Combine(folder, "dipole.db")}", Path.Combine(folder, "out"), Path.Combine(folder, "logs"));
    }
}

/// <summary>
/// One timed scan: wall time and CPU time of the process(es), peak working set of one worker process, output folder, and
/// the time the <c>dipole scan</c> process spent in store calls (timing.json; a farm's worker processes not included).
/// </summary>
internal sealed record ScanRun(TimeSpan Wall, TimeSpan Cpu, long PeakWorkingSetBytes, string OutputFolder, double StoreSeconds);
