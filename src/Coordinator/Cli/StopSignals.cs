using System.Runtime.InteropServices;
using Serilog;

namespace DipolePortal.Coordinator.Cli;

/// <summary>
/// Turns the first SIGTERM or SIGINT into a cancellation request (the process stops cleanly); a second one is left to
/// the default action, so an impatient operator can still end the process at once.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ILogger _logger;
    private readonly PosixSignalRegistration _sigterm;
    private readonly PosixSignalRegistration _sigint;
    private int _received;

    public StopSignals(ILogger logger)
    {
        _logger = logger;
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        _sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
    }

    /// <summary>Cancelled when the first stop signal arrives.</summary>
    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        _sigterm.Dispose();
        _sigint.Dispose();
        _stop.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref _received) > 1)
        {
            return; // the second signal: default action, the process ends now
        }

        context.Cancel = true;
        _logger.Information("{Signal} received: stopping (a shard in progress finishes or is released)", context.Signal);
        try
        {
            _stop.Cancel();
        }
        catch (AggregateException e)
        {
            _logger.Warning(e, "A stop callback failed");
        }
    }
}
