using DipolePortal.Integration.Tests.Infrastructure;

namespace DipolePortal.Integration.Tests.Faults;

/// <summary>SQLite store files for the local fault tests: copies of the fixture's complete reference store.</summary>
internal static class LocalStore
{
    /// <summary>Copies the reference store (and its WAL, if one is left) to FOLDER/FILE; returns the path.</summary>
    public static string CopyReference(FaultsFixture fixture, string folder, string file)
    {
        string path = Path.Combine(folder, file);
        File.Copy(fixture.ReferenceStore, path);
        foreach (string suffix in new[] { "-wal", "-shm" })
        {
            if (File.Exists(fixture.ReferenceStore + suffix))
            {
                File.Copy(fixture.ReferenceStore + suffix, path + suffix);
            }
        }

        return path;
    }

    /// <summary>Result rows and the results-ever-inserted counter of a scan in a SQLite store.</summary>
    public static async Task<(int Results, long Counter, int Done)> CountsAsync(string path, string scanId)
    {
        await using StoreTables tables = await StoreTables.OpenSqliteAsync(path);
        return ((await tables.ResultsAsync(scanId)).Count, await tables.ResultCounterAsync(scanId), ShardPolls.Done(await tables.ShardsAsync(scanId)));
    }

    /// <summary>Fails unless the scan is complete and each result was inserted once: 24 rows, counter 24, 24 done.</summary>
    public static async Task AssertCompleteOnceAsync(string path, string scanId, string because)
    {
        (int results, long counter, int done) = await CountsAsync(path, scanId);
        Assert.True(results == FaultScan.ShardCount && counter == FaultScan.ShardCount && done == FaultScan.ShardCount,
            $"{because}: {results} result rows, {counter} results ever inserted, {done} shards done; expected {FaultScan.ShardCount} of each");
    }

    /// <summary>Exactly one "dipole: …" line on stderr, containing <paramref name="expected"/>; returns it.</summary>
    public static string AssertOneErrorLine(DipoleProcess process, string expected)
    {
        IReadOnlyList<string> lines = process.ErrorLines();
        Assert.True(lines.Count == 1 && lines[0].Contains(expected, StringComparison.OrdinalIgnoreCase),
            $"{process.Label}: expected one 'dipole: …' line containing '{expected}', got {lines.Count}:\n{process.Stderr}");
        return lines[0];
    }
}
