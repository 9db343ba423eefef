using System.CommandLine;
using DipolePortal.Worker.Store;
using Serilog;

namespace DipolePortal.Coordinator.Cli;

/// <summary>
/// The --store option shared by scan, worker, status and export: sqlite:PATH (default sqlite:runs/dipole.db) or
/// postgres://USER@HOST:PORT/DB with the password from PGPASSWORD. DIPOLE_STORE supplies a default.
/// </summary>
internal static class StoreOption
{
    public const string DefaultUri = "sqlite:runs/dipole.db";

    /// <summary>A store that does not answer at start-up is retried for about 15 s, then reported as bad input.</summary>
    private static readonly RetryPolicy StartupRetry = RetryPolicy.Default with { MaxRetries = 7 };

    public static Option<string> Create() => new("--store")
    {
        Description = "result store: sqlite:PATH (embedded, default " + DefaultUri + ") or postgres://USER@HOST:PORT/DB " +
                      "(password from the PGPASSWORD environment variable); the DIPOLE_STORE variable sets the default",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DIPOLE_STORE") is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultUri,
    };

    /// <summary>Parses a store URI; a malformed one is bad input (exit 2) with one line naming the option.</summary>
    public static StoreUri Parse(string uri)
    {
        if (!StoreUri.TryParse(uri, out StoreUri? parsed, out string? problem))
        {
            // The problem names the URI with any pasted password masked: never echo the raw value.
            throw new UserInputException($"--store: {CliErrors.OneLine(new ArgumentException(problem))}");
        }

        return parsed!;
    }

    /// <summary>Opens the store and makes sure its schema exists; malformed URIs are bad input (exit 2).</summary>
    public static async Task<IShardStore> OpenAsync(string uri, ILogger? logger, CancellationToken ct)
    {
        Parse(uri);
        IShardStore store = ShardStoreFactory.Open(uri, logger);
        try
        {
            await StartupRetry.ExecuteAsync(async c => { await store.EnsureSchemaAsync(c); return true; }, ct: ct);
            return store;
        }
        catch (Exception ex) when (StoreErrors.IsTransient(ex))
        {
            await store.DisposeAsync();
            throw new UserInputException($"store {StoreUri.Parse(uri)} is unreachable ({ex.Message.ReplaceLineEndings(" ")}); " +
                                         "check the host, port and that the database is running");
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
