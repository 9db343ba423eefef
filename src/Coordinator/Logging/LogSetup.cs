using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace DipolePortal.Coordinator.Logging;

/// <summary>
/// Serilog for the long-running verbs (scan, worker): human lines on stderr (stdout stays for results and --json),
/// and one JSON-lines file per process under runs/logs/. Logging never throws to the caller.
/// </summary>
internal static class LogSetup
{
    /// <summary>Creates the process logger; <paramref name="verb"/> names the file (runs/logs/VERB-PID.jsonl).</summary>
    public static Logger Create(string verb, LogEventLevel consoleLevel = LogEventLevel.Information)
    {
        string directory = Path.Combine(Environment.GetEnvironmentVariable("DIPOLE_LOG_DIR") ?? Path.Combine("runs", "logs"));
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .Enrich.WithProperty("Process", $"{verb}-{Environment.ProcessId}")
            .WriteTo.Console(restrictedToMinimumLevel: consoleLevel, standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}", formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            Directory.CreateDirectory(directory);
            configuration = configuration.WriteTo.File(new JsonFormatter(renderMessage: true), Path.Combine(directory, $"{verb}-{Environment.ProcessId}.jsonl"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unwritable log folder must not stop the computation: keep the console sink only.
        }

        return configuration.CreateLogger();
    }
}
