using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using DipolePortal.Coordinator.Aggregation;
using DipolePortal.Coordinator.Cli;
using DipolePortal.Coordinator.Logging;
using DipolePortal.Coordinator.Output;
using DipolePortal.Coordinator.Planning;
using DipolePortal.Messages;
using DipolePortal.Worker;
using DipolePortal.Worker.Store;

namespace DipolePortal.Coordinator.Commands;

/// <summary>
/// <c>dipole scan SPEC.yaml</c>: validates the spec, plans its shards in the store, computes them with in-process
/// workers (and any <c>dipole worker</c> processes on the same store), aggregates results as they land and writes
/// OUT/SCAN/ atomically. Running it again resumes: finished shards are never computed twice.
/// </summary>
internal static class ScanCommand
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(400);

    /// <summary>Once every shard is leased or done, the last results are awaited this often (the scan's tail).</summary>
    private static readonly TimeSpan TailPollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>The coordinator waits out store outages of up to about a minute (PostgreSQL restarting).</summary>
    private static readonly RetryPolicy CoordinatorRetry = RetryPolicy.Default with { MaxRetries = 15 };

    public static Command Create(TextWriter stdout)
    {
        var specPath = new Argument<string>("SPEC") { Description = "scan spec (YAML): name, experiments, flavors, m4_MeV, mu_muB, cl, shard_m4_points, binding, pseudo_experiments" };
        var store = StoreOption.Create();
        var workers = new Option<int>("--workers")
        {
            Description = "in-process workers (default: one per core); 0 plans and aggregates only, for a farm of `dipole worker` processes",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var outDirectory = OutOption.Create("output folder; the scan's files go to OUT/SCAN/");
        var fresh = new Option<bool>("--new") { Description = "replace a stored scan of the same name: its shards and results are deleted first" };
        var command = new Command("scan",
            "Run an exclusion scan: experiment sets × flavors × m4 grid × μ grid. Writes limits_1dof.csv, contour_2dof.csv, profiles.csv, " +
            "summary.json, exclusion plots (SVG) and HEPData tables to OUT/SCAN/. Resumes a scan already in the store; refuses a stored scan of the same name with a different spec unless --new.")
        {
            specPath, store, workers, outDirectory, fresh,
        };
        command.SetAction((parse, ct) => RunAsync(
            parse.GetValue(specPath)!, parse.GetValue(store)!, parse.GetValue(workers), parse.GetValue(outDirectory)!, parse.GetValue(fresh),
            stdout, parse.InvocationConfiguration.Error, ct));
        return command;
    }

    private static async Task<int> RunAsync(
        string path, string storeUri, int workerCount, string outDirectory, bool fresh, TextWriter stdout, TextWriter stderr, CancellationToken outer)
    {
        // Overlaps reading and validating the spec; the in-process workers' experiments are then prepared while the
        // store is opened and the scan planned (issue 8).
        EarlyWork.Start(() => StoreOption.LoadClientLibrary(storeUri));
        ScanSpec spec = SpecReader.ReadFile(path);
        ScanValidator.Validate(spec, path);
        if (workerCount is < 0 or > 1024)
        {
            throw new UserInputException($"--workers = {workerCount} is not allowed: use 0 (external workers only) to 1024");
        }

        if (workerCount > 0)
        {
            EarlyWork.Start(() => PhysicsShardExecutor.Prepare(spec));
        }

        string folder = ScanOutputWriter.Folder(outDirectory, spec.Name);
        EnsureWritable(folder);

        using var logger = LogSetup.Create("scan", Serilog.Events.LogEventLevel.Warning);
        using var signals = new StopSignals(logger);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(outer, signals.Token);
        CancellationToken ct = linked.Token;
        var clock = Stopwatch.StartNew();
        // Every store call of this process (its in-process workers' too) is timed for timing.json.
        await using var store = new TimedShardStore(await StoreOption.OpenAsync(storeUri, logger, ct), clock.Elapsed);
        ScanRegistration registration = await Register(store, spec, fresh, ct);
        IReadOnlyList<ShardTask> tasks = ShardPlanner.Plan(spec);
        int added = await CoordinatorRetry.ExecuteAsync(c => store.AddShardsAsync(spec.Name, tasks, c), ct: ct);
        logger.Information("Scan {ScanId} {Outcome}: {ShardCount} shards, {NewShards} newly planned, {Workers} in-process workers",
            spec.Name, registration.Outcome, tasks.Count, added, workerCount);

        var aggregator = new Aggregator(spec);
        Task workersDone = workerCount == 0
            ? Task.CompletedTask
            : new WorkerLoop(store, new PhysicsShardExecutor(), new WorkerLoopOptions
            {
                WorkerId = $"{Environment.MachineName}-{Environment.ProcessId}",
                Concurrency = workerCount,
                // Shorter than a farm worker's 60 s: a scan killed and rerun on one machine waits at most this long for its old leases.
                LeaseDuration = TimeSpan.FromSeconds(20),
                StopWhenIdle = true,
                ScanId = spec.Name,
                ResultStored = aggregator.HandOver,
            }, logger).RunAsync(ct);

        var progress = new ProgressReporter(stderr, interactive: ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);
        ScanStatus status;
        try
        {
            status = await Follow(store, aggregator, progress, workersDone, workerCount > 0, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Let the in-process lanes finish or give back their shards (bounded by the loop's shutdown grace) before the store closes.
            try
            {
                await workersDone;
            }
            catch (OperationCanceledException)
            {
            }

            aggregator.TakeHandedOver();
            await ResultStream.CatchUpAsync(store, aggregator, CancellationToken.None);
            WriteOutputs(store, folder, () => ScanOutputWriter.Write(outDirectory, aggregator));
            stderr.WriteLine($"dipole: scan {spec.Name} interrupted; what is done is stored and written to {folder}; run the same command to resume");
            return ExitCodes.Failure;
        }

        await workersDone;
        string written = WriteOutputs(store, folder, () =>
        {
            string tables = ScanOutputWriter.Write(outDirectory, aggregator);
            WriteTiming(tables, clock.Elapsed, store.Busy, status, workerCount);
            return tables;
        });
        logger.Information("Scan {ScanId} finished in {ElapsedSeconds:F1} s: {Done} shards done, {Failed} failed; results in {Folder}",
            spec.Name, clock.Elapsed.TotalSeconds, status.Done, status.Failed, written);
        PrintSummary(stdout, aggregator, written);
        int aboveGrid = aggregator.Rows().Count(r => !(r.Point.MuLimitMuB <= spec.MuMuB.Max));
        if (aboveGrid > 0)
        {
            stderr.WriteLine($"dipole: warning: {aboveGrid} m4 point(s) have their limit above mu_muB.max = {spec.MuMuB.Max:G3} μ_B " +
                             "(or no sensitivity at all); their profiles and the 2-dof contour there are cut off: raise mu_muB.max");
        }

        if (status.Failed > 0)
        {
            stderr.WriteLine($"dipole: {status.Failed} shard(s) of scan {spec.Name} failed after repeated attempts; first error: " +
                                    $"{status.Failures[0].Key}: {status.Failures[0].Error} (see `dipole status {spec.Name}`)");
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }

    private static async Task<ScanRegistration> Register(IShardStore store, ScanSpec spec, bool fresh, CancellationToken ct)
    {
        try
        {
            return await CoordinatorRetry.ExecuteAsync(c => store.CreateOrGetScanAsync(spec, spec.ComputeHash(), fresh, c), ct: ct);
        }
        catch (ScanSpecMismatchException ex)
        {
            throw new UserInputException(
                $"scan '{spec.Name}' is already in the store with a different spec (stored {ex.StoredHash[..12]}…, this one {ex.RequestedHash[..12]}…): " +
                "rerun with --new to replace it, or give this scan another name");
        }
    }

    /// <summary>
    /// Streams results into the aggregator (handed over by the in-process workers, read from the store for the rest) and
    /// reports progress until no shard is pending or running.
    /// </summary>
    private static async Task<ScanStatus> Follow(
        IShardStore store, Aggregator aggregator, ProgressReporter progress, Task workersDone, bool inProcessWorkers, CancellationToken ct)
    {
        while (true)
        {
            aggregator.TakeHandedOver();
            ScanStatus status = await CoordinatorRetry.ExecuteAsync(c => store.GetStatusAsync(aggregator.Spec.Name, c), ct: ct)
                ?? throw new InvalidOperationException($"scan {aggregator.Spec.Name} vanished from the store");
            await CoordinatorRetry.ExecuteAsync(c => ResultStream.CollectAsync(store, aggregator, status.Done, c), ct: ct);
            bool settled = status.IsSettled && (!inProcessWorkers || workersDone.IsCompleted);
            progress.Report(status, final: settled);
            if (workersDone.IsFaulted)
            {
                await workersDone;
            }

            if (settled)
            {
                // The last results may have been handed over after this round's first take; nothing is done after settling.
                aggregator.TakeHandedOver();
                await ResultStream.CollectAsync(store, aggregator, status.Done, ct);
                return status;
            }

            // Without in-process workers, workersDone is complete from the start: waiting on it would poll the store in a hot loop.
            Task pause = Task.Delay(status.Pending == 0 ? TailPollInterval : PollInterval, ct);
            await (inProcessWorkers ? Task.WhenAny(pause, workersDone) : pause);
            ct.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Checks that the output folder can be written before anything is computed, and leaves no folder behind.</summary>
    private static void EnsureWritable(string folder)
    {
        var created = new List<string>();
        try
        {
            for (var directory = new DirectoryInfo(folder); directory is not null && !directory.Exists; directory = directory.Parent)
            {
                created.Add(directory.FullName);
            }

            Directory.CreateDirectory(folder);
            string probe = Path.Combine(folder, $".write-probe-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"output folder {folder} is not writable: {ex.Message}");
        }
        finally
        {
            foreach (string directory in created.Where(Directory.Exists))
            {
                Directory.Delete(directory);
            }
        }
    }

    /// <summary>
    /// Writes the output files; a folder that became unwritable or a full disk ends the run with one line that says
    /// where the results are (all stored) and how to get the files (run the same command again: nothing is recomputed).
    /// </summary>
    private static string WriteOutputs(IShardStore store, string folder, Func<string> write)
    {
        try
        {
            return write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException(
                $"could not write the scan's files to {folder} ({CliErrors.OneLine(ex).TrimEnd('.')}); every finished shard is kept in " +
                $"{store}: free space or fix the folder, then run the same command again to write the files (nothing is recomputed)", ex);
        }
    }

    /// <summary>Wall time and counts of this run: kept out of the deterministic files, which must not change between runs.</summary>
    private static void WriteTiming(string folder, TimeSpan elapsed, TimeSpan inStore, ScanStatus status, int workerCount)
    {
        var timing = new JsonObject
        {
            ["wall_seconds"] = Math.Round(elapsed.TotalSeconds, 3),
            // Summed over this process's threads (coordinator and in-process workers; a farm's workers are not counted).
            ["store_seconds"] = Math.Round(inStore.TotalSeconds, 4),
            ["in_process_workers"] = workerCount,
            ["shards_total"] = status.Total,
            ["shards_done"] = status.Done,
            ["shards_failed"] = status.Failed,
        };
        var text = new StringWriter(CultureInfo.InvariantCulture);
        JsonOutput.Write(text, timing);
        AtomicFile.WriteAllText(Path.Combine(folder, "timing.json"), text.ToString());
    }

    private static void PrintSummary(TextWriter stdout, Aggregator aggregator, string folder)
    {
        var table = new TextTable("experiment_set", "flavor", "m4 points", "strongest mu_limit [muB]", "at m4 [MeV]");
        foreach (var group in aggregator.Rows().GroupBy(r => (r.ExperimentSet, r.Flavor)))
        {
            FitRow best = group.MinBy(r => r.Point.MuLimitMuB)!;
            table.Add(group.Key.ExperimentSet, group.Key.Flavor, group.Count().ToString(CultureInfo.InvariantCulture),
                double.IsPositiveInfinity(best.Point.MuLimitMuB) ? "inf" : best.Point.MuLimitMuB.ToString("G4", CultureInfo.InvariantCulture),
                best.Point.M4MeV.ToString("G4", CultureInfo.InvariantCulture));
        }

        table.Write(stdout);
        stdout.WriteLine($"results: {folder}");
    }
}
