using System.CommandLine;
using DipolePortal.Worker.Store;
using Microsoft.Data.Sqlite;
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

    private const int SqliteCannotOpen = 14;
    private const int SqliteNotADatabase = 26;

    public static Option<string> Create()
    {
        var option = new Option<string>("--store")
        {
            Description = "result store: sqlite:PATH (embedded, default " + DefaultUri + ") or postgres://USER@HOST:PORT/DB " +
                          "(password from the PGPASSWORD environment variable); the DIPOLE_STORE variable sets the default",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DIPOLE_STORE") is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultUri,
        };

        // Checked while parsing, so a malformed URI is refused before a verb creates its output folder or log file.
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } uri && Problem(uri) is { } problem)
            {
                result.AddError(problem);
            }
        });
        return option;
    }

    /// <summary>Parses a store URI; a malformed one is bad input (exit 2) with one line naming the option.</summary>
    public static StoreUri Parse(string uri)
    {
        if (Problem(uri) is { } problem)
        {
            // Never the raw value: a pasted password or query is masked (see Problem).
            throw new UserInputException(problem);
        }

        return StoreUri.Parse(uri);
    }

    /// <summary>
    /// Loads the client library of a SQLite store (its native library and bindings, ≈ 40 ms of a scan's start-up) before
    /// the store is opened; nothing for PostgreSQL or a malformed URI, which <see cref="OpenAsync"/> reports.
    /// </summary>
    public static void LoadClientLibrary(string uri)
    {
        if (StoreUri.TryParse(uri, out StoreUri? parsed, out _) && parsed?.Kind == StoreKind.Sqlite)
        {
            SqliteShardStore.LoadLibrary();
        }
    }

    /// <summary>Opens the store and makes sure its schema exists; malformed URIs are bad input (exit 2).</summary>
    public static async Task<IShardStore> OpenAsync(string uri, ILogger? logger, CancellationToken ct)
    {
        Parse(uri);
        IShardStore store = ShardStoreFactory.Open(uri, logger);
        bool sqlite = StoreUri.Parse(uri).Kind == StoreKind.Sqlite;
        try
        {
            // SQLite already waits out a lock held by another process (its busy timeout); a server store gets retries.
            RetryPolicy retry = sqlite ? StartupRetry with { MaxRetries = 0 } : StartupRetry;
            await retry.ExecuteAsync(async c => { await store.EnsureSchemaAsync(c); return true; }, ct: ct);
            return store;
        }
        catch (Exception ex) when (sqlite && StoreErrors.IsTransient(ex))
        {
            await store.DisposeAsync();
            throw new UserInputException($"store {StoreUri.Parse(uri)} stays locked by another process ({ex.Message.ReplaceLineEndings(" ")}); " +
                                         "wait for it to finish or use another store file");
        }
        catch (Exception ex) when (StoreErrors.IsTransient(ex))
        {
            await store.DisposeAsync();
            throw new UserInputException($"store {StoreUri.Parse(uri)} is unreachable ({ex.Message.ReplaceLineEndings(" ")}); " +
                                         "check the host, port and that the database is running");
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteCannotOpen or SqliteNotADatabase)
        {
            // A folder, a file that is not SQLite, or a path that cannot be created: the user's path, not our failure.
            await store.DisposeAsync();
            throw new UserInputException($"--store {StoreUri.Parse(uri)} is not a usable SQLite file ({ex.Message.ReplaceLineEndings(" ")}); " +
                                         "give the path of a new or existing store file");
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Opens a store that must already exist (status, export): reading must not leave an empty store behind a mistyped
    /// SQLite path, so a missing file is bad input naming the scan that was asked for.
    /// </summary>
    public static Task<IShardStore> OpenExistingAsync(string uri, string scanId, ILogger? logger, CancellationToken ct)
    {
        StoreUri parsed = Parse(uri);
        if (parsed.Kind == StoreKind.Sqlite && !File.Exists(parsed.SqlitePath) && !Directory.Exists(parsed.SqlitePath))
        {
            throw new UserInputException(
                $"there is no store at {Path.GetFullPath(parsed.SqlitePath!)} ({parsed}), so no scan '{scanId}': run `dipole scan` with this --store first, or fix the path");
        }

        return OpenAsync(uri, logger, ct);
    }

    /// <summary>
    /// Why <paramref name="uri"/> is not a store URI, on one line and without any password or query it carries;
    /// null when it is one. The raw URI is never echoed: a pasted password would land in terminals and CI logs.
    /// </summary>
    public static string? Problem(string uri)
    {
        if (StoreUri.TryParse(uri, out _, out string? problem))
        {
            return null;
        }

        string message = CliErrors.OneLine(new ArgumentException(problem));
        foreach (string secret in SecretParts(uri))
        {
            // A long secret is masked wherever it appears; a short one only where it sits in the URI, so that
            // masking "pw" does not mangle the rest of the sentence.
            message = secret.Length >= 4
                ? message.Replace(secret, "***", StringComparison.Ordinal)
                : message.Replace(":" + secret, ":***", StringComparison.Ordinal)
                    .Replace("?" + secret, "?***", StringComparison.Ordinal)
                    .Replace("#" + secret, "#***", StringComparison.Ordinal);
        }

        return "--store: " + message;
    }

    /// <summary>
    /// The parts of a URI that may hold a secret: the password of USER:PASSWORD@, a USER:PASSWORD without '@' (anything
    /// after the colon that is not a port number), and any query or fragment.
    /// </summary>
    private static IEnumerable<string> SecretParts(string uri)
    {
        int scheme = uri.IndexOf("://", StringComparison.Ordinal);
        int at = uri.LastIndexOf('@');
        int colon = scheme < 0 ? -1 : uri.IndexOf(':', scheme + 3);
        if (colon >= 0 && colon < at && at - colon > 1)
        {
            yield return uri[(colon + 1)..at];
        }
        else if (colon >= 0 && at < scheme)
        {
            int end = uri.IndexOfAny(['/', '?', '#'], colon);
            string afterColon = uri[(colon + 1)..(end < 0 ? uri.Length : end)];
            if (afterColon.Length > 0 && !afterColon.All(char.IsAsciiDigit))
            {
                yield return afterColon;
            }
        }

        int query = uri.IndexOfAny(['?', '#']);
        if (query >= 0 && query < uri.Length - 1)
        {
            yield return uri[(query + 1)..];
        }
    }
}
