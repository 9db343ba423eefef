using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DipolePortal.Integration.Tests.Infrastructure;

/// <summary>
/// A real <c>dipole</c> process: <c>dotnet dipole.dll ARGS</c> with its stdout and stderr collected; SIGKILL, SIGTERM,
/// SIGSTOP and SIGCONT on demand. Dispose kills it if it still runs (only this process: nothing is killed by name).
/// </summary>
internal sealed class DipoleProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private DipoleProcess(Process process, string label)
    {
        _process = process;
        Label = label;
    }

    /// <summary>What the process is, for messages ("worker #2", "coordinator run 1").</summary>
    public string Label { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>The worker id this process uses in the store (host-pid, as WorkerLoopOptions makes it); lanes append "/lane".</summary>
    public string WorkerId => string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Pid}");

    public string Stdout => Read(_stdout);

    public string Stderr => Read(_stderr);

    /// <summary>The program built next to this test assembly (the project reference copies dipole.dll and its runtimeconfig here).</summary>
    public static string DllPath
    {
        get
        {
            string path = Path.Combine(AppContext.BaseDirectory, "dipole.dll");
            Assert.True(File.Exists(path) && File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json")),
                $"dipole.dll (with its runtimeconfig) is expected next to the tests in {AppContext.BaseDirectory}");
            return path;
        }
    }

    /// <summary>Starts <c>dipole ARGS</c> (the program next to the tests) in <paramref name="workingDirectory"/>, logs in its runs/logs/.</summary>
    public static DipoleProcess Start(string workingDirectory, params string[] args) =>
        Start("dipole", DllPath, workingDirectory, Path.Combine(workingDirectory, "runs", "logs"), new Dictionary<string, string?>(), args);

    /// <summary>Starts <c>dotnet DLL ARGS</c> with logs in <paramref name="logDirectory"/> and the given extra environment.</summary>
    public static DipoleProcess Start(
        string label, string dll, string workingDirectory, string logDirectory, IReadOnlyDictionary<string, string?> environment,
        params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DIPOLE_LOG_DIR"] = logDirectory;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment.Remove("DIPOLE_STORE");
        foreach ((string name, string? value) in environment)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new DipoleProcess(process, label);
        process.OutputDataReceived += (_, e) => Append(child._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(child._stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>SIGKILL: no signal handler runs, no lease is given back, nothing is flushed.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: false);

    /// <summary>Sends SIGSTOP or SIGCONT (or any signal kill(1) knows) to this process only.</summary>
    public void Signal(string signal)
    {
        using Process kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, Pid.ToString(CultureInfo.InvariantCulture)])
        {
            UseShellExecute = false,
        })!;
        kill.WaitForExit();
        Assert.True(kill.ExitCode == 0, $"kill -{signal} {Pid} ({Label}) exited {kill.ExitCode}");
    }

    /// <summary>Waits for the exit; kills the process and fails the test after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            KillHard();
            Assert.Fail($"{Label} (pid {Pid}) did not exit within {timeout.TotalSeconds:F0} s; stderr:\n{Stderr}");
        }

        _process.WaitForExit(); // drains the output readers
        return _process.ExitCode;
    }

    /// <summary>The non-empty stderr lines that are not progress bars or log lines.</summary>
    public IReadOnlyList<string> ErrorLines() =>
        [.. Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("dipole:", StringComparison.Ordinal))];

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: false);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }

        _process.Dispose();
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }
}
