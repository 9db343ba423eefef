using System.Diagnostics;
using System.Globalization;
using DipolePortal.Worker.Store;
using Xunit.Abstractions;

namespace DipolePortal.Integration.Tests.Faults;

/// <summary>
/// PostgreSQL for the fault tests: the shared server of tests/run (DIPOLE_TEST_POSTGRES, PGPASSWORD), or a private one
/// started with tests/postgres/start.sh that a test may stop and start with pg_ctl without disturbing anyone else.
/// </summary>
internal sealed class FaultPostgres : IAsyncDisposable
{
    public const string UriVariable = "DIPOLE_TEST_POSTGRES";

    private const string Durability = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off";

    private readonly string? _base;
    private readonly string? _bindir;

    private FaultPostgres(StoreUri uri, string? password, string? stateFolder, string? bindir)
    {
        Uri = uri;
        Password = password;
        _base = stateFolder;
        _bindir = bindir;
    }

    public StoreUri Uri { get; }

    public string? Password { get; }

    /// <summary>The environment a dipole process needs to reach this server.</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?> { ["PGPASSWORD"] = Password };

    /// <summary>
    /// The shared server; null (after saying why) when tests/run did not start one. In CI (CI=true) a missing server
    /// is a failure, never a silent pass.
    /// </summary>
    public static FaultPostgres? FindShared(ITestOutputHelper output)
    {
        string? uri = System.Environment.GetEnvironmentVariable(UriVariable);
        if (!string.IsNullOrWhiteSpace(uri))
        {
            return new FaultPostgres(StoreUri.Parse(uri), System.Environment.GetEnvironmentVariable("PGPASSWORD"), null, null);
        }

        const string why = UriVariable + " is not set: run the tests through tests/run, which starts PostgreSQL on 127.0.0.1";
        if (string.Equals(System.Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(why + " (CI=true, so this is a failure).");
        }

        output.WriteLine("Not run against PostgreSQL: " + why + ".");
        return null;
    }

    /// <summary>Starts a private server with tests/postgres/start.sh (when the shared one exists, so the binaries do too).</summary>
    public static async Task<FaultPostgres?> StartPrivateAsync(ITestOutputHelper output)
    {
        if (FindShared(output) is null)
        {
            return null;
        }

        string script = Path.Combine(FaultsFixture.FindRepositoryRoot(), "tests", "postgres", "start.sh");
        (int exit, string stdout, string stderr) = await RunAsync(script, [], TimeSpan.FromMinutes(2));
        Assert.True(exit == 0, $"tests/postgres/start.sh exited {exit}:\n{stderr}");
        string stateFolder = stdout.Trim();
        Dictionary<string, string> env = File.ReadAllLines(Path.Combine(stateFolder, "env"))
            .Where(line => line.StartsWith("export ", StringComparison.Ordinal))
            .Select(line => line["export ".Length..].Split('=', 2))
            .ToDictionary(kv => kv[0], kv => kv[1].Trim('\''), StringComparer.Ordinal);
        return new FaultPostgres(StoreUri.Parse(env[UriVariable]), env["PGPASSWORD"], stateFolder, env["DIPOLE_TEST_POSTGRES_BINDIR"]);
    }

    /// <summary>pg_ctl stop -m fast: open sessions are terminated, new connections refused.</summary>
    public async Task StopAsync()
    {
        (int exit, _, string stderr) = await PgCtlAsync("-D", DataFolder, "-m", "fast", "-w", "-t", "60", "stop");
        Assert.True(exit == 0, $"pg_ctl stop exited {exit}: {stderr}");
    }

    /// <summary>pg_ctl start with the options tests/postgres/start.sh used (same port and socket folder).</summary>
    public async Task StartAsync()
    {
        string options = string.Create(CultureInfo.InvariantCulture,
            $"-c listen_addresses=127.0.0.1 -c port={Uri.Port} -c unix_socket_directories={_base}/socket -c max_connections=200 {Durability}");
        (int exit, _, string stderr) = await PgCtlAsync(
            "-D", DataFolder, "-l", Path.Combine(_base!, "server.log"), "-w", "-t", "60", "-o", options, "start");
        Assert.True(exit == 0, $"pg_ctl start exited {exit}: {stderr}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_base is not null)
        {
            string script = Path.Combine(FaultsFixture.FindRepositoryRoot(), "tests", "postgres", "stop.sh");
            await RunAsync(script, [_base], TimeSpan.FromMinutes(1));
        }
    }

    private string DataFolder => Path.Combine(_base ?? throw new InvalidOperationException("not a private server"), "data");

    /// <summary>Runs pg_ctl as the postgres user when root, as tests/postgres/*.sh do.</summary>
    private Task<(int Exit, string Stdout, string Stderr)> PgCtlAsync(params string[] args)
    {
        string pgCtl = Path.Combine(_bindir!, "pg_ctl");
        return System.Environment.UserName == "root"
            ? RunAsync("runuser", new[] { "-u", "postgres", "--", pgCtl }.Concat(args).ToArray(), TimeSpan.FromMinutes(2))
            : RunAsync(pgCtl, args, TimeSpan.FromMinutes(2));
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string file, string[] args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
