using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

using DipolePortal.Integration.Tests.Infrastructure;

namespace DipolePortal.Integration.Tests.Faults;

/// <summary>The fault tests run one after another (they share the CPU budget and the reference run).</summary>
[CollectionDefinition(Name)]
public sealed class FaultsCollection : ICollectionFixture<FaultsFixture>
{
    public const string Name = "Faults";
}

/// <summary>
/// Builds <c>dipole</c> once into a temporary folder, and computes the reference output of <see cref="FaultScan"/>
/// once, uninterrupted: <c>dipole scan SPEC --store sqlite:… --workers 1 --out REF</c>. Every fault test compares its
/// files with it byte for byte.
/// </summary>
public sealed class FaultsFixture : IAsyncLifetime
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(6);
    private readonly Stopwatch _clock = new();

    public FaultsFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), $"dipole-faults-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
    }

    /// <summary>Scratch root, removed at the end.</summary>
    public string Root { get; }

    /// <summary>The built dipole.dll.</summary>
    public string Dll { get; private set; } = "";

    /// <summary>The reference run's folder OUT/faults-ref/.</summary>
    public string ReferenceFolder { get; private set; } = "";

    /// <summary>The reference run's SQLite store: the complete scan faults-ref (24 results).</summary>
    public string ReferenceStore { get; private set; } = "";

    /// <summary>Seconds spent building and computing the reference.</summary>
    public double SetupSeconds { get; private set; }

    public async Task InitializeAsync()
    {
        _clock.Start();
        string repo = FindRepositoryRoot();
        string bin = Path.Combine(Root, "bin");
        using (var build = new Process
        {
            StartInfo = new ProcessStartInfo("dotnet")
            {
                ArgumentList =
                {
                    "build", Path.Combine(repo, "src", "Coordinator", "Coordinator.csproj"), "-c", "Release", "-o", bin,
                    "-nodeReuse:false", "-p:UseSharedCompilation=false", "-v:q", "-nologo",
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            },
        })
        {
            build.Start();
            Task<string> stdout = build.StandardOutput.ReadToEndAsync();
            Task<string> stderr = build.StandardError.ReadToEndAsync();
            using var cts = new CancellationTokenSource(BuildTimeout);
            await build.WaitForExitAsync(cts.Token);
            Assert.True(build.ExitCode == 0, $"dotnet build of the coordinator exited {build.ExitCode}:\n{await stdout}\n{await stderr}");
        }

        Dll = Path.Combine(bin, "dipole.dll");
        Assert.True(File.Exists(Dll), $"the build did not produce {Dll}");

        string work = NewFolder("reference");
        string spec = FaultScan.WriteSpec(work, FaultScan.ReferenceName);
        ReferenceStore = Path.Combine(work, "ref.db");
        using DipoleProcess reference = Start("reference scan", work, new Dictionary<string, string?>(), "scan", spec, "--store", "sqlite:" + ReferenceStore,
            "--workers", "1", "--out", Path.Combine(work, "out"));
        int exit = await reference.WaitForExitAsync(TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, $"the reference scan exited {exit}:\n{reference.Stderr}");
        ReferenceFolder = Path.Combine(work, "out", FaultScan.ReferenceName);
        SetupSeconds = _clock.Elapsed.TotalSeconds;
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file held by a dying process: the OS's temp cleaning takes it.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }

    /// <summary>A new empty folder under <see cref="Root"/>.</summary>
    public string NewFolder(string prefix)
    {
        string folder = Path.Combine(Root, $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Starts <c>dipole ARGS</c> in <paramref name="workingDirectory"/> (logs under its logs/ folder).</summary>
    internal DipoleProcess Start(string label, string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        DipoleProcess.Start(label, Dll, workingDirectory, Path.Combine(workingDirectory, "logs"), environment, args);

    /// <summary>
    /// The last step of a fault test: after the fault is mended, `dipole scan SPEC --workers 1` on the same SQLite store
    /// exits 0, computes nothing again (every shard done and stored once) and writes files identical to the reference.
    /// </summary>
    internal async Task RerunAndAssertSameAsReferenceAsync(
        string label, string work, string spec, string store, string scanName, string outDirectory, TimeSpan timeout, string because)
    {
        using DipoleProcess rerun = Start(label, work, new Dictionary<string, string?>(),
            "scan", spec, "--store", "sqlite:" + store, "--workers", "1", "--out", outDirectory);
        int exit = await rerun.WaitForExitAsync(timeout);
        Assert.True(exit == 0, $"{because}: the rerun exited {exit}:\n{rerun.Stderr}");
        await LocalStore.AssertCompleteOnceAsync(store, scanName, $"{because} (nothing recomputed)");
        FaultScan.AssertSameAsReference(ReferenceFolder, outDirectory, scanName, because);
    }

    /// <summary>Writes the setup cost once per test, so the report can add it up.</summary>
    public void Describe(ITestOutputHelper output) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fixture: build + reference scan took {SetupSeconds:F1} s"));

    internal static string FindRepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DipolePortal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"DipolePortal.sln not found above {AppContext.BaseDirectory}");
    }
}
