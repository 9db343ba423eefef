using System.Text;
using System.Text.Json.Nodes;

namespace DipolePortal.Integration.Tests.Faults;

/// <summary>
/// The scan every fault test runs: xenonnt, flavors e and mu, 48 m4 points log-spaced over 0.001–0.5 MeV, 5000 μ points,
/// four m4 points per shard — 24 shards of about 0.2 s each on one core (measured: 12 shards of 2 points took 2.3 s on
/// two workers). The μ grid sets the cost; with 1000 μ points and one m4 point per shard the whole scan took 0.7 s, and a
/// fast CI machine could finish it before a test paused or killed it mid-way.
/// Outputs are compared with the fixture's reference.
/// </summary>
internal static class FaultScan
{
    public const string ReferenceName = "faults-ref";
    public const int ShardCount = 24;

    /// <summary>timing.json holds wall time: the one file of OUT/SCAN/ that is not deterministic, left out of comparisons.</summary>
    public const string TimingFile = "timing.json";

    /// <summary>A name unique to this run of the tests, so scans never meet an earlier run's rows in a shared store.</summary>
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Writes FOLDER/NAME.yaml and returns its path.</summary>
    public static string WriteSpec(string folder, string name)
    {
        string path = Path.Combine(folder, name + ".yaml");
        File.WriteAllText(path, $$"""
            name: {{name}}
            experiments: [xenonnt]
            flavors: [e, mu]
            m4_MeV: {min: 0.001, max: 0.5, points: 48, spacing: log}
            mu_muB: {min: 1.0e-12, max: 1.0e-8, points: 5000, spacing: log}
            cl: 0.90
            shard_m4_points: 4

            """);
        return path;
    }

    /// <summary>
    /// Fails unless OUT/<paramref name="name"/>/ holds exactly the reference's files (whatever the scan writes: tables,
    /// plots, HEPData), byte for byte but timing.json. The scan's name and its spec hash (which covers the name) appear in
    /// several files: they are mapped to the reference's first.
    /// </summary>
    public static void AssertSameAsReference(string referenceFolder, string outDirectory, string name, string because)
    {
        string folder = Path.Combine(outDirectory, name);
        Assert.True(Directory.Exists(folder), $"{because}: {folder} does not exist");
        string[] present = [.. Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        string[] expected = [.. Directory.GetFiles(referenceFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.True(present.SequenceEqual(expected),
            $"{because}: {folder} holds [{string.Join(", ", present)}], expected [{string.Join(", ", expected)}] (no temporary file left)");

        string referenceHash = SpecHash(File.ReadAllBytes(Path.Combine(referenceFolder, "summary.json")));
        string hash = SpecHash(File.ReadAllBytes(Path.Combine(folder, "summary.json")));
        foreach (string file in expected.Where(f => f != TimingFile))
        {
            byte[] reference = File.ReadAllBytes(Path.Combine(referenceFolder, file));
            byte[] actual = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(folder, file)))
                .Replace(hash, referenceHash, StringComparison.Ordinal)
                .Replace(name, ReferenceName, StringComparison.Ordinal));
            Assert.True(reference.AsSpan().SequenceEqual(actual),
                $"{because}: {file} ({actual.Length} bytes) differs from the uninterrupted reference ({reference.Length} bytes) " +
                $"at byte {FirstDifference(reference, actual)}");
        }
    }

    private static string SpecHash(byte[] summary) =>
        JsonNode.Parse(summary)!["spec_hash"]!.GetValue<string>();

    private static int FirstDifference(byte[] a, byte[] b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return n;
    }
}
