using System.Diagnostics;
using System.Globalization;
using DipolePortal.Messages;

namespace DipolePortal.Coordinator.Output;

/// <summary>
/// The scan's progress on stderr: a bar with shards done, rate and ETA, redrawn in place on a terminal, or one line
/// every few seconds when stderr is a file or a pipe.
/// </summary>
internal sealed class ProgressReporter(TextWriter stderr, bool interactive)
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(5);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _lastLine;
    private int _doneAtStart = -1;

    public void Report(ScanStatus status, bool final = false)
    {
        if (_doneAtStart < 0)
        {
            _doneAtStart = status.Done;
        }

        if (!interactive && !final && _lastLine is { } last && _clock.Elapsed - last < LineInterval)
        {
            return;
        }

        _lastLine = _clock.Elapsed;
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        double rate = (status.Done - _doneAtStart) / seconds;
        int remaining = status.Total - status.Done - status.Failed;
        string eta = rate > 0 ? TimeSpan.FromSeconds(Math.Ceiling(remaining / rate)).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "--:--:--";
        int width = 30;
        int filled = status.Total == 0 ? width : (int)((long)width * (status.Done + status.Failed) / status.Total);
        string line = string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('.', width - filled)}] {status.Done}/{status.Total} shards done, {status.Leased} running, " +
            $"{status.Failed} failed, {rate:F2} shards/s, ETA {eta}");
        if (interactive)
        {
            stderr.Write("\r" + line);
            if (final)
            {
                stderr.WriteLine();
            }
        }
        else
        {
            stderr.WriteLine(line);
        }
    }
}
