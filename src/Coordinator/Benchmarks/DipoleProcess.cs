using System.Diagnostics;
using System.Globalization;

namespace DipolePortal.Coordinator.Benchmarks;

/// <summary>
/// Runs this same <c>dipole</c> program as a child process (through the dotnet host that runs us, or our apphost) and
/// samples its peak resident set (VmHWM of /proc/PID/status, the kernel's high-water mark) while it runs.
/// </summary>
internal sealed class DipoleProcess : IDisposable
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(20);
    private readonly Process _process;
    private readonly Task _sampler;
    private readonly Task<string> _stderr;
    private long _peakWorkingSetBytes;

    private DipoleProcess(Process process)
    {
        _process = process;
        _stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        _sampler = Task.Run(SampleAsync);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Peak working set of the child [bytes] as last sampled (0 if it ended before the first sample).</summary>
    public long PeakWorkingSetBytes => Interlocked.Read(ref _peakWorkingSetBytes);

    public static DipoleProcess Start(IEnumerable<string> arguments, string logDirectory)
    {
        string host = Environment.ProcessPath ?? throw new InvalidOperationException("the path of this process is unknown");
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DIPOLE_LOG_DIR"] = logDirectory;
        return new DipoleProcess(Process.Start(start) ?? throw new InvalidOperationException($"could not start {host}"));
    }

    /// <summary>Waits for the child; throws with its stderr when it exits non-zero.</summary>
    public async Task WaitAsync(CancellationToken ct)
    {
        await _process.WaitForExitAsync(ct);
        await _sampler;
        string stderr = await _stderr;
        if (_process.ExitCode != 0)
        {
            throw new InvalidOperationException($"child dipole exited with {_process.ExitCode}: {stderr.Trim()}");
        }
    }

    private async Task SampleAsync()
    {
        string status = $"/proc/{_process.Id}/status";
        while (!_process.HasExited)
        {
            try
            {
                foreach (string line in await File.ReadAllLinesAsync(status))
                {
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    {
                        long kiB = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                        Interlocked.Exchange(ref _peakWorkingSetBytes, Math.Max(PeakWorkingSetBytes, kiB * 1024));
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return; // the process has gone
            }

            await Task.Delay(SampleInterval);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
