namespace DipolePortal.Coordinator.Tests.BadInput;

/// <summary>
/// Malformed command lines: unknown verbs and flags, missing options, bad numbers and words, bad store URIs, a
/// missing spec. Each exits 2 with one line naming the problem and writes nothing: no store file, no output file.
/// Placeholders: {store} a fresh sqlite store, {out} the output folder, {spec} a valid spec, {root} the sandbox.
/// </summary>
[Collection(SerialCliCollection.Name)]
public sealed class CommandLineCorpusTests
{
    /// <summary>Passwords used in the cases below: none may be printed.</summary>
    private static readonly string[] Secrets = ["Pa55w0rdXYZ", "QuerySecret42", "hunter2hunter2"];

    [Theory]
    // Verbs and flags.
    [InlineData("'frobnicate'", "frobnicate")]
    [InlineData("'plott'", "plott", "--out", "{out}/x.svg")]
    [InlineData("'--bogus'", "limit", "--experiment", "xenonnt", "--flavor", "e", "--m4", "0.1", "--bogus")]
    [InlineData("'--format'", "experiments", "--format", "yaml")]
    [InlineData("'--m4'", "scan", "{spec}", "--store", "{store}", "--out", "{out}", "--m4", "0.1")]
    // Missing required options and arguments.
    [InlineData("Option '--m4' is required", "limit", "--experiment", "xenonnt", "--flavor", "e")]
    [InlineData("Option '--experiment' is required", "limit", "--flavor", "e", "--m4", "0.1")]
    [InlineData("Option '--target' is required", "emin", "--recoil", "0.01", "--m4", "0")]
    [InlineData("'--recoil'", "xsec", "--target", "electron", "--model", "sm", "--enu", "1", "--recoil")]
    [InlineData("Required argument missing for command: 'scan'", "scan")]
    [InlineData("Required argument missing for command: 'export'", "export")]
    // Numbers.
    [InlineData("Cannot parse argument 'abc' for option '--m4'", "limit", "--experiment", "xenonnt", "--flavor", "e", "--m4", "abc")]
    [InlineData("--m4 = -1 is not allowed", "limit", "--experiment", "xenonnt", "--flavor", "e", "--m4", "-1")]
    [InlineData("--m4 = NaN is not allowed", "limit", "--experiment", "xenonnt", "--flavor", "e", "--m4", "NaN")]
    [InlineData("--m4 = Infinity is not allowed", "spectrum", "--experiment", "xenonnt", "--flavor", "e", "--m4", "1e999", "--mu", "1e-10")]
    [InlineData("--m4 = -3 is not allowed", "emin", "--target", "electron", "--recoil", "0.01", "--m4", "-3")]
    [InlineData("--enu = 0 is not allowed", "xsec", "--target", "electron", "--model", "sm", "--enu", "0", "--recoil", "0.01")]
    [InlineData("--recoil = -0.01 is not allowed", "xsec", "--target", "electron", "--model", "sm", "--enu", "1", "--recoil", "-0.01")]
    [InlineData("--cl = 1 is not allowed", "limit", "--experiment", "xenonnt", "--flavor", "e", "--m4", "0.1", "--cl", "1")]
    [InlineData("--cl = 0 is not allowed", "limit", "--experiment", "xenonnt", "--flavor", "e", "--m4", "0.1", "--cl", "0")]
    [InlineData("--mu = -1 is not allowed", "spectrum", "--experiment", "xenonnt", "--flavor", "e", "--m4", "0.1", "--mu", "-1")]
    [InlineData("Cannot parse argument 'lots' for option '--workers'", "scan", "{spec}", "--store", "{store}", "--out", "{out}", "--workers", "lots")]
    [InlineData("--workers = -1 is not allowed", "scan", "{spec}", "--store", "{store}", "--out", "{out}", "--workers", "-1")]
    [InlineData("--workers = 100000 is not allowed", "scan", "{spec}", "--store", "{store}", "--out", "{out}", "--workers", "100000")]
    // Words: experiments, flavors, targets, models, bindings, formats.
    [InlineData("experiment 'nope' is unknown", "limit", "--experiment", "nope", "--flavor", "e", "--m4", "0.1")]
    [InlineData("--experiment lists the same experiment twice", "limit", "--experiment", "xenonnt", "--experiment", "xenonnt", "--flavor", "e", "--m4", "0.1")]
    [InlineData("Argument 'sterile' not recognized", "limit", "--experiment", "xenonnt", "--flavor", "sterile", "--m4", "0.1")]
    [InlineData("Argument 'universal' not recognized", "xsec", "--target", "electron", "--model", "sm", "--flavor", "universal", "--enu", "1", "--recoil", "0.01")]
    [InlineData("unknown target 'unobtainium'", "xsec", "--target", "unobtainium", "--model", "sm", "--enu", "1", "--recoil", "0.01")]
    [InlineData("unknown target 'adamantium'", "emin", "--target", "adamantium", "--recoil", "0.01", "--m4", "0")]
    [InlineData("--target CsI is a compound", "emin", "--target", "CsI", "--recoil", "0.01", "--m4", "1")]
    [InlineData("Argument 'maybe' not recognized", "xsec", "--target", "electron", "--model", "maybe", "--enu", "1", "--recoil", "0.01")]
    [InlineData("Argument 'bogus' not recognized", "limit", "--experiment", "xenonnt", "--flavor", "e", "--m4", "0.1", "--binding", "bogus")]
    [InlineData("Argument 'xml' not recognized", "export", "some-scan", "--store", "{store}", "--out", "{out}", "--format", "xml")]
    // Physics that cannot run.
    [InlineData("beyond kinematic reach of xenonnt", "limit", "--experiment", "xenonnt", "--flavor", "e", "--m4", "50")]
    [InlineData("pandax4t-run0 needs its data file", "limit", "--experiment", "pandax4t-run0", "--flavor", "e", "--m4", "0.1")]
    [InlineData("texono needs its data file", "limit", "--experiment", "texono", "--flavor", "e", "--m4", "0.1")]
    // Store URIs.
    [InlineData("has an unknown scheme", "scan", "{spec}", "--store", "mysql://x", "--out", "{out}")]
    [InlineData("has an unknown scheme", "export", "some-scan", "--store", "mysql://root:hunter2hunter2@127.0.0.1/db", "--out", "{out}")]
    [InlineData("needs a user and a database", "scan", "{spec}", "--store", "postgres://", "--out", "{out}")]
    [InlineData("carries a password; remove it and set PGPASSWORD", "scan", "{spec}", "--store", "postgres://user:Pa55w0rdXYZ@127.0.0.1:5432/db", "--out", "{out}")]
    [InlineData("carries a password; remove it and set PGPASSWORD", "export", "some-scan", "--store", "postgresql://user:Pa55w0rdXYZ@127.0.0.1/db", "--out", "{out}")]
    [InlineData("has no valid database name", "scan", "{spec}", "--store", "postgres://user@127.0.0.1:5432/db?password=QuerySecret42", "--out", "{out}")]
    [InlineData("has port '99999'", "scan", "{spec}", "--store", "postgres://user@127.0.0.1:99999/db", "--out", "{out}")]
    [InlineData("has no usable file path", "scan", "{spec}", "--store", "sqlite:", "--out", "{out}")]
    [InlineData("store URI is empty", "export", "some-scan", "--store", "", "--out", "{out}")]
    [InlineData("is not a usable SQLite file", "scan", "{spec}", "--store", "sqlite:{root}", "--out", "{out}")]
    [InlineData("is not a usable SQLite file", "export", "some-scan", "--store", "sqlite:{root}/user-data", "--out", "{out}")]
    // worker and status.
    [InlineData("Required argument missing for command: 'status'", "status")]
    [InlineData("there is no store at {root}/s.db", "status", "some-scan", "--store", "{store}")]
    [InlineData("there is no store at {root}/s.db", "status", "some-scan", "--store", "{store}", "--json")]
    [InlineData("'--bogus'", "worker", "--store", "{store}", "--bogus")]
    [InlineData("--concurrency = 0 is not allowed", "worker", "--store", "{store}", "--concurrency", "0")]
    [InlineData("--health-port = 70000 is not allowed", "worker", "--store", "{store}", "--health-port", "70000")]
    [InlineData("--scan '../evil' is not a scan name", "worker", "--store", "{store}", "--scan", "../evil", "--stop-when-idle")]
    [InlineData("carries a password", "worker", "--store", "postgres://dipole:Pa55w0rdXYZ@127.0.0.1/dipole")]
    // Files and names.
    [InlineData("scan spec '{root}/missing.yaml' does not exist", "scan", "{root}/missing.yaml", "--store", "{store}", "--out", "{out}")]
    [InlineData("scan name '../evil' is not allowed", "export", "../evil", "--store", "{store}", "--out", "{out}")]
    [InlineData("scan name 'a b' is not allowed", "export", "a b", "--store", "{store}", "--out", "{out}")]
    public void Run_WhenCommandLineIsMalformed_ExitsTwoWithOneLineAndWritesNothing(string expected, params string[] args)
    {
        using var sandbox = new CliSandbox();

        CliOutcome outcome = sandbox.Run(sandbox.Expand(args)).AssertBadInput(sandbox.Expand([expected])[0]);

        Assert.All(Secrets, s => Assert.DoesNotContain(s, outcome.Stderr, StringComparison.Ordinal));
        sandbox.AssertNothingWritten();
    }

    [Fact]
    public void Scan_WhenOutIsAFile_ExitsTwoAndCreatesNoStore()
    {
        using var sandbox = new CliSandbox();
        string file = Path.Combine(sandbox.Root, "not-a-folder");
        File.WriteAllText(file, "keep");

        sandbox.Run(["scan", sandbox.ValidSpec, "--store", sandbox.Store, "--out", file]).AssertBadInput("is not writable");

        sandbox.AssertNothingWritten();
        Assert.Equal("keep", File.ReadAllText(file));
    }

    [Fact]
    public void Scan_WhenStoreIsAFileThatIsNotSqlite_ExitsTwoAndLeavesTheFileAlone()
    {
        using var sandbox = new CliSandbox();
        string notADatabase = Path.Combine(sandbox.Root, "notes.txt");
        File.WriteAllText(notADatabase, new string('x', 4096));

        sandbox.Run(["scan", sandbox.ValidSpec, "--store", "sqlite:" + notADatabase, "--out", sandbox.Out]).AssertBadInput("is not a usable SQLite file");

        Assert.Equal(new string('x', 4096), File.ReadAllText(notADatabase));
        sandbox.AssertNothingWritten();
    }

    /// <summary>Port 1 on loopback refuses connections: retried for about 10 s, then one line and exit 2.</summary>
    [Fact]
    public void Scan_WhenPostgresIsUnreachable_ExitsTwoWithOneLineAndWritesNoOutputFile()
    {
        using var sandbox = new CliSandbox();

        sandbox.Run(["scan", sandbox.ValidSpec, "--store", "postgres://dipole@127.0.0.1:1/dipole", "--out", sandbox.Out])
            .AssertBadInput("store postgres://dipole@127.0.0.1:1/dipole is unreachable");

        // The output folder itself is created before the store is tried (ScanCommand.EnsureWritable); no file is.
        sandbox.AssertNoOutputFiles();
    }
}
