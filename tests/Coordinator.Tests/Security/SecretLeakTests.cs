using System.Text;
using DipolePortal.Coordinator.Tests.BadInput;
using Xunit.Abstractions;

namespace DipolePortal.Coordinator.Tests.Security;

/// <summary>
/// The store's password never reaches a terminal, a log file, an output file or an error message: PGPASSWORD set
/// to a recognizable secret during a real scan, export and status; a password pasted into --store; and, when the
/// test PostgreSQL of tests/run is there, scan, export and status against it with its real password and a wrong one.
/// </summary>
[Collection(SerialCliCollection.Name)]
public sealed class SecretLeakTests(ITestOutputHelper output)
{
    private const string PasswordVariable = "PGPASSWORD";
    private const string PostgresVariable = "DIPOLE_TEST_POSTGRES";

    /// <summary>A secret no program text contains, so any hit is a leak.</summary>
    private static string NewSecret() => "Leak" + Guid.NewGuid().ToString("N")[..16] + "Check";

    [Fact]
    public void ScanExportStatus_OnSqliteWithPgpasswordSet_NeverWriteTheSecret()
    {
        using var sandbox = new CliSandbox();
        string secret = NewSecret();
        var environment = new Dictionary<string, string?> { [PasswordVariable] = secret };
        var outcomes = new List<CliOutcome>
        {
            sandbox.Run(["scan", sandbox.ValidSpec, "--store", sandbox.Store, "--workers", "2", "--out", sandbox.Out], environment),
            sandbox.Run(["export", "sandbox-scan", "--store", sandbox.Store, "--format", "json", "--out", Path.Combine(sandbox.Root, "json")], environment),
        };
        if (HasVerb("status"))
        {
            outcomes.Add(sandbox.Run(["status", "sandbox-scan", "--store", sandbox.Store, "--json"], environment));
        }

        Assert.All(outcomes, o => Assert.True(o.ExitCode == 0, $"dipole {string.Join(' ', o.Args)}: exit {o.ExitCode}\n{o.Stderr}"));
        Assert.True(File.Exists(Path.Combine(sandbox.Out, "sandbox-scan", "summary.json")), "the scan wrote no summary.json");
        Assert.NotEmpty(Directory.GetFiles(sandbox.Logs));
        AssertNoLeak(secret, sandbox, outcomes);
    }

    [Theory]
    [InlineData("postgres://dipole:{secret}@127.0.0.1:5432/dipole")]
    [InlineData("postgresql://dipole:{secret}@localhost/dipole")]
    [InlineData("postgres://dipole:p@ss{secret}@127.0.0.1:5432/dipole")]
    [InlineData("postgres://dipole@127.0.0.1:5432/dipole?password={secret}")]
    [InlineData("postgres://dipole:{secret}/dipole")]
    [InlineData("mysql://root:{secret}@127.0.0.1/dipole")]
    public void EveryStoreVerb_WhenStoreUriCarriesAPassword_RefusesWithoutEchoingIt(string template)
    {
        using var sandbox = new CliSandbox();
        string secret = NewSecret();
        string uri = template.Replace("{secret}", secret, StringComparison.Ordinal);
        var outcomes = new List<CliOutcome>
        {
            sandbox.Run(["scan", sandbox.ValidSpec, "--store", uri, "--out", sandbox.Out]),
            sandbox.Run(["export", "sandbox-scan", "--store", uri, "--out", sandbox.Out]),
        };
        if (HasVerb("status"))
        {
            outcomes.Add(sandbox.Run(["status", "sandbox-scan", "--store", uri]));
        }

        if (HasVerb("worker"))
        {
            outcomes.Add(sandbox.Run(["worker", "--store", uri, "--stop-when-idle"]));
        }

        Assert.All(outcomes, o => o.AssertBadInput("--store"));
        AssertNoLeak(secret, sandbox, outcomes);
    }

    [Theory]
    [InlineData("postgres://dipole:pw@127.0.0.1/dipole", ":pw@")]
    [InlineData("postgres://dipole:Zq9@127.0.0.1/dipole", "Zq9")]
    [InlineData("postgres://dipole@127.0.0.1/dipole?q", "?q")]
    public void Scan_WhenStoreUriCarriesAShortSecret_MasksItAndKeepsTheMessageReadable(string uri, string secret)
    {
        using var sandbox = new CliSandbox();

        CliOutcome outcome = sandbox.Run(["scan", sandbox.ValidSpec, "--store", uri, "--out", sandbox.Out]).AssertBadInput("--store: store URI '");

        Assert.DoesNotContain(secret, outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("use sqlite:PATH or postgres://USER@HOST:PORT/DB", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_WhenStoreComesFromDipoleStoreWithAPassword_RefusesWithoutEchoingIt()
    {
        using var sandbox = new CliSandbox();
        string secret = NewSecret();
        var environment = new Dictionary<string, string?> { ["DIPOLE_STORE"] = $"postgres://dipole:{secret}@127.0.0.1:5432/dipole" };

        CliOutcome outcome = sandbox.Run(["scan", sandbox.ValidSpec, "--out", sandbox.Out], environment).AssertBadInput("carries a password");

        AssertNoLeak(secret, sandbox, [outcome]);
        sandbox.AssertNothingWritten();
    }

    [Fact]
    public void ScanExportStatus_OnPostgres_NeverWriteThePassword()
    {
        string? uri = Environment.GetEnvironmentVariable(PostgresVariable);
        string? password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (!PostgresAvailable(uri, password))
        {
            return;
        }

        using var sandbox = new CliSandbox();
        string name = "leak-check-" + Guid.NewGuid().ToString("N")[..10];
        string spec = Path.Combine(sandbox.Root, "pg.yaml");
        File.WriteAllText(spec, CliSandbox.SpecText(name));
        var outcomes = new List<CliOutcome>
        {
            sandbox.Run(["scan", spec, "--store", uri!, "--workers", "2", "--out", sandbox.Out]),
            sandbox.Run(["export", name, "--store", uri!, "--out", Path.Combine(sandbox.Root, "export")]),
        };
        if (HasVerb("status"))
        {
            outcomes.Add(sandbox.Run(["status", name, "--store", uri!]));
            outcomes.Add(sandbox.Run(["status", name, "--store", uri!, "--json"]));
        }

        Assert.All(outcomes, o => Assert.True(o.ExitCode == 0, $"dipole {string.Join(' ', o.Args)}: exit {o.ExitCode}\n{o.Stderr}"));
        AssertNoLeak(password!, sandbox, outcomes);
    }

    [Fact]
    public void ExportAndScan_OnPostgresWithAWrongPassword_FailInOneLineWithoutTheWrongPassword()
    {
        string? uri = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!PostgresAvailable(uri, Environment.GetEnvironmentVariable(PasswordVariable)))
        {
            return;
        }

        using var sandbox = new CliSandbox();
        string wrong = NewSecret();
        var environment = new Dictionary<string, string?> { [PasswordVariable] = wrong };
        var outcomes = new List<CliOutcome>
        {
            sandbox.Run(["export", "any-scan", "--store", uri!, "--out", sandbox.Out], environment),
            sandbox.Run(["scan", sandbox.ValidSpec, "--store", uri!, "--out", sandbox.Out], environment),
        };

        foreach (CliOutcome o in outcomes)
        {
            output.WriteLine($"dipole {o.Args[0]} with a wrong password: exit {o.ExitCode}: {o.Stderr.Trim()}");
            Assert.NotEqual(0, o.ExitCode);
            string[] lines = o.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length == 1 && lines[0].StartsWith("dipole: ", StringComparison.Ordinal), o.Stderr);
            Assert.DoesNotContain("   at ", o.Stderr, StringComparison.Ordinal);
        }

        AssertNoLeak(wrong, sandbox, outcomes);
        sandbox.AssertNoOutputFiles();
    }

    private bool PostgresAvailable(string? uri, string? password)
    {
        if (!string.IsNullOrWhiteSpace(uri) && !string.IsNullOrEmpty(password))
        {
            return true;
        }

        const string why = PostgresVariable + " and " + PasswordVariable + " are not set: run the tests through tests/run, which starts PostgreSQL on 127.0.0.1";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(why + " (CI=true, so this is a failure).");
        }

        output.WriteLine("Not run against PostgreSQL: " + why + ".");
        return false;
    }

    private static bool HasVerb(string verb) =>
        global::DipolePortal.Coordinator.Commands.CommandCatalog.All(TextWriter.Null).Any(c => c.Name == verb);

    /// <summary>The secret is in no captured output and in no file under the sandbox (logs, outputs, the SQLite store).</summary>
    private static void AssertNoLeak(string secret, CliSandbox sandbox, IEnumerable<CliOutcome> outcomes)
    {
        foreach (CliOutcome o in outcomes)
        {
            Assert.False(o.Stdout.Contains(secret, StringComparison.Ordinal), $"dipole {o.Args[0]} printed the secret on stdout");
            Assert.False(o.Stderr.Contains(secret, StringComparison.Ordinal), $"dipole {o.Args[0]} printed the secret on stderr: {o.Stderr}");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        byte[] needle = Encoding.UTF8.GetBytes(secret);
        byte[] needle16 = Encoding.Unicode.GetBytes(secret);
        foreach (string file in sandbox.AllFiles())
        {
            byte[] bytes = File.ReadAllBytes(file);
            Assert.False(bytes.AsSpan().IndexOf(needle) >= 0 || bytes.AsSpan().IndexOf(needle16) >= 0, $"{file} contains the secret");
        }
    }
}
