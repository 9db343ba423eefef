using System.Text;
using System.Text.Json.Nodes;

namespace DipolePortal.Integration.Tests.Faults;

/// <summary>
/// The scan every fault test runs: xenonnt, flavors e and mu, 12 m4 points log-spaced over 0.001–0.5 MeV, 30 μ points,
/// one m4 point per shard — 24 shards of about 50–100 ms each. Outputs are compared with the fixture's reference.
/// </summary>
internal static class FaultScan
{
    public const string ReferenceName = "faults-ref";
    public const int ShardCount = 24;

    /// <summary>The deterministic files of OUT/SCAN/ (timing.json holds wall time and is left out on purpose).</summary>
    public static readonly string[] Files = ["limits_1dof.csv", "contour_2dof.csv", "profiles.csv", "summary.json"];

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
            m4_MeV: {min: 0.001, max: 0.5, points: 12, spacing: log}
            mu_muB: {min: 1.0e-12, max: 1.0e-8, points: 30, spacing: log}
            cl: 0.90
            shard_m4_points: 1

            """);
        return path;
    }

    /// <summary>
    /// Fails unless OUT/<paramref name="name"/>/ holds exactly the reference files, byte for byte. summary.json names
    /// the scan and its spec hash (which covers the name): those two strings are mapped to the reference's first.
    /// </summary>
    public static void AssertSameAsReference(string referenceFolder, string outDirectory, string name, string because)
    {
        string folder = Path.Combine(outDirectory, name);
        Assert.True(Directory.Exists(folder), $"{because}: {folder} does not exist");
        string[] present = [.. Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        string[] expected = [.. Files.Append("timing.json").Order(StringComparer.Ordinal)];
        Assert.True(present.SequenceEqual(expected),
            $"{because}: {folder} holds [{string.Join(", ", present)}], expected [{string.Join(", ", expected)}] (no temporary file left)");

        foreach (string file in Files)
        {
            byte[] reference = File.ReadAllBytes(Path.Combine(referenceFolder, file));
            byte[] actual = File.ReadAllBytes(Path.Combine(folder, file));
            if (file == "summary.json")
            {
                actual = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(actual)
                    .Replace(SpecHash(actual), SpecHash(reference), StringComparison.Ordinal)
                    .Replace($"\"{name}\"", $"\"{ReferenceName}\"", StringComparison.Ordinal));
            }

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
