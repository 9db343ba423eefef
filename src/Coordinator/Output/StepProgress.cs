using System.Diagnostics;
using System.Globalization;

namespace DipolePortal.Coordinator.Output;

/// <summary>
/// Progress of a loop on stderr: one line every <see cref="Interval"/> once the loop has run that long, so a short run
/// prints nothing (the scan's shard progress is <see cref="ProgressReporter"/>).
/// </summary>
internal sealed class StepProgress(TextWriter stderr, string unit)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _next = Interval;

    public void Report(int done, int total)
    {
        if (_clock.Elapsed < _next)
        {
            return;
        }

        _next = _clock.Elapsed + Interval;
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done}/{total} {unit} done, {_clock.Elapsed.TotalSeconds:F0} s"));
    }
}
