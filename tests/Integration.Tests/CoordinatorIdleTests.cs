using System.Globalization;
using DipolePortal.Integration.Tests.Infrastructure;
using DipolePortal.Worker.Store;

namespace DipolePortal.Integration.Tests;

/// <summary>
/// A coordinator without in-process workers (<c>dipole scan --workers 0</c>) shares the machine with its farm: while it
/// waits for results it must sleep between its polls of the store, not spin on them.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CoordinatorIdleTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan Watched = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Scan_WithoutInProcessWorkers_WaitsForTheFarmWithoutBurningACore()
    {
        using var folder = new TempFolder("dipole-idle");
        string name = TinyScan.UniqueName("idle");
        string specPath = Path.Combine(folder.Path, "spec.yaml");
        await File.WriteAllTextAsync(specPath, $"""
            name: {name}
            experiments: [xenonnt]
            flavors: [e]
            m4_MeV: {"{"}min: 0.001, max: 0.5, points: 4, spacing: log{"}"}
            mu_muB: {"{"}min: 1.0e-12, max: 1.0e-9, points: 20, spacing: log{"}"}
            cl: 0.90

            """);
        string store = "sqlite:" + Path.Combine(folder.Path, "dipole.db");
        using DipoleProcess coordinator = DipoleProcess.Start(folder.Path,
            "scan", specPath, "--store", store, "--workers", "0", "--out", Path.Combine(folder.Path, "out"));

        // Planned, and no worker will ever come: from here on the coordinator only follows the store.
        await using (IShardStore reader = ShardStoreFactory.Open(store))
        {
            await reader.EnsureSchemaAsync(); // idempotent: whichever of the two comes first creates the tables
            var deadline = DateTime.UtcNow + Timeout;
            while (await TotalShards(reader, name) == 0)
            {
                Assert.False(coordinator.HasExited, $"the coordinator exited early: {coordinator.Stderr}");
                Assert.True(DateTime.UtcNow < deadline, "the coordinator did not plan its shards in time");
                await Task.Delay(50);
            }
        }

        await Task.Delay(500); // past the start-up work that follows the planning (JIT of the follower)
        TimeSpan before = CpuTime(coordinator.Pid);
        await Task.Delay(Watched);
        TimeSpan used = CpuTime(coordinator.Pid) - before;

        coordinator.Signal("TERM");
        await coordinator.WaitForExitAsync(Timeout);

        // Polling every 400 ms costs milliseconds; a loop that does not wait burns most of a core (seconds in 3 s).
        Assert.True(used < TimeSpan.FromSeconds(0.5), $"the waiting coordinator used {used.TotalSeconds:F2} s of CPU in {Watched.TotalSeconds} s");
    }

    private static async Task<int> TotalShards(IShardStore store, string scan)
    {
        try
        {
            return (await store.GetStatusAsync(scan))?.Total ?? 0;
        }
        catch (Exception e) when (StoreErrors.IsTransient(e))
        {
            return 0; // the coordinator is still creating the schema
        }
    }

    /// <summary>User + system CPU time of a process so far, from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s).</summary>
    private static TimeSpan CpuTime(int pid)
    {
        string stat = File.ReadAllText($"/proc/{pid}/stat");
        string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // after "pid (comm) ": fields from 3 on
        long ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
