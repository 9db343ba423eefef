namespace DipolePortal.Coordinator.Tests.BadInput;

/// <summary>
/// A throw-away folder for one in-process run of the command line: its store (sqlite:ROOT/s.db), output folder,
/// log folder and an empty user-data folder. <see cref="Run"/> points DIPOLE_LOG_DIR and DIPOLE_USER_DATA there,
/// clears DIPOLE_STORE, and captures what the program writes to the process's Console as well as to the writers
/// it is handed. Use it only in <see cref="SerialCliCollection"/>.
/// </summary>
internal sealed class CliSandbox : IDisposable
{
    public CliSandbox()
    {
        Root = Path.Combine(Path.GetTempPath(), "dipole-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(UserData);
        File.WriteAllText(ValidSpec, SpecText("sandbox-scan"));
    }

    public string Root { get; }

    public string StorePath => Path.Combine(Root, "s.db");

    public string Store => "sqlite:" + StorePath;

    public string Out => Path.Combine(Root, "out");

    public string Logs => Path.Combine(Root, "logs");

    public string UserData => Path.Combine(Root, "user-data");

    /// <summary>A valid spec (one fit, one flavor, 2 m4 points, 10 μ points): a few seconds of work.</summary>
    public string ValidSpec => Path.Combine(Root, "valid.yaml");

    public static string SpecText(string name) =>
        $"name: {name}\n" +
        "experiments: [xenonnt]\n" +
        "flavors: [e]\n" +
        "m4_MeV: {min: 0.01, max: 0.1, points: 2, spacing: log}\n" +
        "mu_muB: {min: 1.0e-12, max: 1.0e-8, points: 10, spacing: log}\n" +
        "shard_m4_points: 1\n";

    /// <summary>Replaces {store}, {out}, {spec} and {root} in the arguments with this sandbox's paths.</summary>
    public string[] Expand(IEnumerable<string> args) => args.Select(a => a
        .Replace("{store}", Store, StringComparison.Ordinal)
        .Replace("{out}", Out, StringComparison.Ordinal)
        .Replace("{spec}", ValidSpec, StringComparison.Ordinal)
        .Replace("{root}", Root, StringComparison.Ordinal)).ToArray();

    /// <summary>Runs <c>dipole ARGS</c> in process with this sandbox's environment; extra variables may be set for the run.</summary>
    public CliOutcome Run(string[] args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = new Dictionary<string, string?>
        {
            ["DIPOLE_LOG_DIR"] = Logs,
            ["DIPOLE_USER_DATA"] = UserData,
            ["DIPOLE_STORE"] = null,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[key] = value;
        }

        var saved = variables.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
        TextWriter consoleOut = Console.Out;
        TextWriter consoleError = Console.Error;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var capturedOut = new StringWriter();
        using var capturedError = new StringWriter();
        try
        {
            foreach (var (key, value) in variables)
            {
                Environment.SetEnvironmentVariable(key, value);
            }

            Console.SetOut(capturedOut);
            Console.SetError(capturedError);
            int exit = Program.Run(args, stdout, stderr);
            return new CliOutcome(args, exit, stdout.ToString() + capturedOut, stderr.ToString() + capturedError);
        }
        finally
        {
            Console.SetOut(consoleOut);
            Console.SetError(consoleError);
            foreach (var (key, value) in saved)
            {
                Environment.SetEnvironmentVariable(key, value);
            }
        }
    }

    /// <summary>Nothing was written: no store file (nor its -wal, -shm or -journal) and no file under the output folder.</summary>
    public void AssertNothingWritten()
    {
        foreach (string suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            Assert.False(File.Exists(StorePath + suffix), $"the store file {StorePath + suffix} was created");
        }

        AssertNoOutputFiles();
    }

    public void AssertNoOutputFiles()
    {
        string[] files = Directory.Exists(Out) ? Directory.GetFiles(Out, "*", SearchOption.AllDirectories) : [];
        Assert.True(files.Length == 0, "files were written under --out: " + string.Join(", ", files));
    }

    /// <summary>Every file under the sandbox, for greps.</summary>
    public IEnumerable<string> AllFiles() => Directory.GetFiles(Root, "*", SearchOption.AllDirectories);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open somewhere: the OS temp cleaner gets it.
        }
    }
}
