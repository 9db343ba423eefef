using DipolePortal.Integration.Tests.Infrastructure;
using DipolePortal.Worker.Store;
using Npgsql;
using Xunit.Abstractions;

using DipolePortal.Tests.Shared;

namespace DipolePortal.Integration.Tests;

/// <summary>
/// The end-to-end check: a coordinator (<c>dipole scan --workers 0</c>) and three <c>dipole worker</c>
/// processes on the real PostgreSQL, one worker SIGKILLed mid-shard, write the same files byte for byte as
/// <c>dipole scan --workers 1</c> on SQLite.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ScanFarmTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>Wall time and counts of a run: by design not deterministic, so not compared.</summary>
    private const string TimingFile = "timing.json";

    [Fact]
    public async Task Scan_WithAFarmOneWorkerKilledMidShard_WritesFilesIdenticalToASingleWorkerScan()
    {
        StoreUri? postgres = PostgresTestServer.Find(output);
        if (postgres is null)
        {
            return;
        }

        using var folder = new TempFolder("dipole-e2e");
        string name = TinyScan.UniqueName("e2e");
        string spec = Path.Combine(folder.Path, "spec.yaml");
        await File.WriteAllTextAsync(spec, $"""
            # xenonnt, flavor e: 8 m4 points in 4 shards of 2, 20 μ points
            name: {name}
            experiments: [xenonnt]
            flavors: [e]
            m4_MeV: {"{"}min: 0.001, max: 0.5, points: 8, spacing: log{"}"}
            mu_muB: {"{"}min: 1.0e-12, max: 1.0e-9, points: 20, spacing: log{"}"}
            cl: 0.90
            shard_m4_points: 2

            """);
        string farmOut = Path.Combine(folder.Path, "farm-out");
        string singleOut = Path.Combine(folder.Path, "single-out");
        var processes = new List<DipoleProcess>();
        try
        {
            DipoleProcess coordinator = Track(processes, DipoleProcess.Start(folder.Path,
                "scan", spec, "--store", postgres.ToString(), "--workers", "0", "--out", farmOut));
            await using NpgsqlConnection connection = PostgresTestServer.Connect(postgres);
            await LeaseWatch.WaitForShardsAsync(connection, name, 4, coordinator, Timeout);
            List<DipoleProcess> workers = [.. Enumerable.Range(0, 3).Select(_ => Track(processes, DipoleProcess.Start(folder.Path,
                "worker", "--store", postgres.ToString(), "--scan", name, "--stop-when-idle", "--lease-seconds", "4")))];

            (DipoleProcess victim, ShardRow held) = await LeaseWatch.WaitForLeaseAsync(connection, name, workers, Timeout);
            victim.KillHard();
            await victim.WaitForExitAsync(Timeout);
            ShardRow afterKill = (await StoreRows.ShardsAsync(connection, name)).Single(r => r.BlockIndex == held.BlockIndex);
            Assert.True(afterKill.State == "leased" && afterKill.LeaseId == held.LeaseId,
                $"the victim should have died holding shard {held.BlockIndex}, but it is now {afterKill}");

            // The single-worker reference runs while the farm waits for the dead worker's lease to expire.
            DipoleProcess single = Track(processes, DipoleProcess.Start(folder.Path,
                "scan", spec, "--store", "sqlite:" + Path.Combine(folder.Path, "single.db"), "--workers", "1", "--out", singleOut));
            foreach (DipoleProcess survivor in workers.Where(w => w != victim))
            {
                Assert.Equal(0, await survivor.WaitForExitAsync(Timeout));
            }

            Assert.Equal(0, await coordinator.WaitForExitAsync(Timeout));
            Assert.Equal(0, await single.WaitForExitAsync(Timeout));
            Assert.True((await StoreRows.ShardsAsync(connection, name)).Single(r => r.BlockIndex == held.BlockIndex).Attempts >= 2);

            SortedDictionary<string, byte[]> farm = Files(Path.Combine(farmOut, name));
            SortedDictionary<string, byte[]> reference = Files(Path.Combine(singleOut, name));
            Assert.Contains("limits_1dof.csv", reference.Keys);
            Assert.Equal(reference.Keys, farm.Keys);
            foreach ((string file, byte[] bytes) in reference)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(farm[file]), $"{file} differs between the farm and the single-worker scan");
            }
        }
        finally
        {
            foreach (DipoleProcess process in processes)
            {
                output.WriteLine($"--- pid {process.Pid} (exited: {process.HasExited}) stderr:\n{process.Stderr}");
                process.Dispose();
            }
        }
    }

    private static DipoleProcess Track(List<DipoleProcess> processes, DipoleProcess process)
    {
        processes.Add(process);
        return process;
    }

    private static SortedDictionary<string, byte[]> Files(string folder) => new(
        Directory.GetFiles(folder)
            .Where(f => Path.GetFileName(f) != TimingFile)
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes),
        StringComparer.Ordinal);
}
