using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace DipolePortal.Worker.Tests.Fakes;

/// <summary>Keeps every Serilog event for assertions.</summary>
internal sealed class CollectingSink : ILogEventSink
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
}
