using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DipolePortal.Integration.Tests.Infrastructure;

/// <summary>
/// A real <c>dipole</c> process: <c>dotnet dipole.dll ARGS</c>, with stdout and stderr collected. The program is the
/// one built next to this test assembly (the project reference copies dipole.dll, its deps and runtimeconfig here).
/// </summary>
internal sealed class DipoleProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private DipoleProcess(Process process)
    {
        _process = process;
    }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Stdout
    {
        get
        {
            lock (_stdout)
            {
                return _stdout.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>The worker id this process uses in the store (host-pid); lanes append "/lane".</summary>
    public string WorkerId => string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Pid}");

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

    /// <summary>Starts <c>dipole ARGS</c> in <paramref name="workingDirectory"/> (logs go to its runs/logs/).</summary>
    public static DipoleProcess Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(DllPath);
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DIPOLE_LOG_DIR"] = Path.Combine(workingDirectory, "runs", "logs");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var started = new DipoleProcess(process);
        process.OutputDataReceived += (_, e) => started.Append(started._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => started.Append(started._stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Sends a POSIX signal (e.g. "TERM") with kill(1).</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, Pid.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>SIGKILL: the process gets no chance to clean up.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: true);

    /// <summary>Waits for the exit and returns the exit code; fails the test (after killing) when it takes too long.</summary>
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
            Assert.Fail($"dipole (pid {Pid}) did not exit within {timeout.TotalSeconds:F0} s; stderr:\n{Stderr}");
        }

        _process.WaitForExit(); // drains the output readers
        return _process.ExitCode;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }

        _process.Dispose();
    }

    private void Append(StringBuilder buffer, string? line)
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
