using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

using DipolePortal.Integration.Tests.Infrastructure;

namespace DipolePortal.Integration.Tests.Faults;

/// <summary>
/// Issue 6, fault 3: PostgreSQL stopped for several seconds mid-scan and started again. The test starts a private
/// server with tests/postgres/start.sh (so no other test sees the outage) and stops and starts it with pg_ctl, as the
/// postgres user. The in-process worker of <c>dipole scan --workers 1</c>, a <c>dipole worker</c> process and the
/// coordinator retry with backoff; the scan completes with files byte-identical to the uninterrupted run.
/// </summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Integration")]
public sealed class PostgresRestartTests(FaultsFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(180);
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task Scan_WhenPostgresStopsForSecondsMidScan_RetriesAndCompletesWithIdenticalFiles()
    {
        fixture.Describe(output);
        var clock = Stopwatch.StartNew();
        await using FaultPostgres? postgres = await FaultPostgres.StartPrivateAsync(output);
        if (postgres is null)
        {
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"private PostgreSQL started in {clock.Elapsed.TotalSeconds:F1} s"));
        var random = new Random(6301);
        string name = FaultScan.UniqueName("faults-pgstop");
        string work = fixture.NewFolder(name);
        string spec = FaultScan.WriteSpec(work, name);
        string outDirectory = Path.Combine(work, "out");
        string store = postgres.Uri.ToString();
        var processes = new List<DipoleProcess>();
        try
        {
            int doneAtStop;
            Stopwatch down;
            await using (StoreTables tables = await StoreTables.OpenPostgresAsync(postgres.Uri, postgres.Password))
            {
                DipoleProcess coordinator = Start("coordinator (scan --workers 1)", "scan", spec, "--store", store, "--workers", "1", "--out", outDirectory);
                await ShardPolls.WaitForPlannedAsync(tables, name, FaultScan.ShardCount, coordinator, Timeout);
                Start("worker", "worker", "--store", store, "--scan", name, "--stop-when-idle", "--lease-seconds", "5");

                // Pin the moment: freeze both processes once a seeded number of shards (3..10) is done, stop the server,
                // let them run on against a dead server. SIGSTOP only fixes when the outage begins; the processes meet
                // it with whatever they were doing (a lease, a computation, a result to store, a status poll).
                int stopAt = random.Next(3, 11);
                await ShardPolls.WaitForDoneAsync(tables, name, stopAt, Timeout);
                processes.ForEach(p => p.Signal("STOP"));
                doneAtStop = ShardPolls.Done(await tables.ShardsAsync(name));
            }

            try
            {
                await postgres.StopAsync();
            }
            finally
            {
                processes.ForEach(p => p.Signal("CONT"));
            }

            down = Stopwatch.StartNew();
            await Task.Delay(Outage);
            Assert.True(processes.All(p => !p.HasExited),
                $"a process gave up during the {Outage.TotalSeconds:F0} s outage: " +
                string.Join("; ", processes.Where(p => p.HasExited).Select(p => $"{p.Label}:\n{p.Stderr}")));
            await postgres.StartAsync();
            double outageSeconds = down.Elapsed.TotalSeconds;

            foreach (DipoleProcess process in processes)
            {
                int exit = await process.WaitForExitAsync(Timeout);
                Assert.True(exit == 0, $"{process.Label} exited {exit} after the outage:\n{process.Stderr}");
            }

            await using (StoreTables tables = await StoreTables.OpenPostgresAsync(postgres.Uri, postgres.Password))
            {
                IReadOnlyList<ShardState> shards = await tables.ShardsAsync(name);
                IReadOnlyDictionary<string, ResultRow> results = await tables.ResultsAsync(name);
                long counter = await tables.ResultCounterAsync(name);
                int done = ShardPolls.Done(shards);
                int failed = shards.Count(s => s.State == "failed");
                Assert.True(done == FaultScan.ShardCount && failed == 0 && results.Count == FaultScan.ShardCount && counter == FaultScan.ShardCount,
                    $"{done} done, {failed} failed, {results.Count} result rows, {counter} results inserted; expected " +
                    $"{FaultScan.ShardCount}, 0, {FaultScan.ShardCount}, {FaultScan.ShardCount}");
            }

            Assert.True(doneAtStop < FaultScan.ShardCount, $"the server should stop mid-scan, but {doneAtStop} of {FaultScan.ShardCount} shards were done");
            string logs = string.Join("\n", processes.Select(p => p.Stderr));
            int retries = logs.Split('\n').Count(line => line.Contains("transiently", StringComparison.Ordinal)
                || line.Contains("Store unavailable", StringComparison.Ordinal));
            Assert.True(retries > 0, $"no process logged a transient store failure, so the outage went unseen:\n{logs}");
            FaultScan.AssertSameAsReference(fixture.ReferenceFolder, outDirectory, name, "after a PostgreSQL outage");
            foreach (DipoleProcess process in processes)
            {
                string[] warnings = [.. process.Stderr.Split('\n').Where(l => l.Contains(" WRN]", StringComparison.Ordinal) || l.Contains(" ERR]", StringComparison.Ordinal))];
                output.WriteLine($"{process.Label}: {warnings.Length} warning/error log lines:\n  " + string.Join("\n  ", warnings.Take(40)));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"server stopped at {doneAtStop} of {FaultScan.ShardCount} done, down {outageSeconds:F1} s, {retries} retry lines logged; " +
                $"{clock.Elapsed.TotalSeconds:F1} s in all"));
        }
        catch (Exception) when (Dump(processes))
        {
            throw;
        }
        finally
        {
            processes.ForEach(p => p.Dispose());
        }

        DipoleProcess Start(string label, params string[] args)
        {
            DipoleProcess process = fixture.Start(label, work, postgres.Environment, args);
            processes.Add(process);
            return process;
        }
    }

    private bool Dump(List<DipoleProcess> processes)
    {
        foreach (DipoleProcess process in processes)
        {
            output.WriteLine($"--- {process.Label} (pid {process.Pid}, exited: {process.HasExited}) stderr:\n{process.Stderr}");
        }

        return false;
    }
}
