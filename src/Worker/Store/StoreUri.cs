using System.Globalization;

namespace DipolePortal.Worker.Store;

/// <summary>Kinds of store.</summary>
public enum StoreKind
{
    /// <summary>An embedded SQLite file.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server.</summary>
    Postgres,
}

/// <summary>A parsed store URI: <c>sqlite:PATH</c> or <c>postgres://USER@HOST:PORT/DB</c>.</summary>
/// <remarks>
/// A password never appears in a URI: it comes from the PGPASSWORD environment variable and is never part of
/// <see cref="ToString"/>, a log line or an exception message.
/// </remarks>
public sealed record StoreUri
{
    /// <summary>PostgreSQL's default port.</summary>
    public const int DefaultPostgresPort = 5432;

    private const string Usage = "use sqlite:PATH or postgres://USER@HOST:PORT/DB (password in PGPASSWORD)";

    /// <summary>SQLite or PostgreSQL.</summary>
    public required StoreKind Kind { get; init; }

    /// <summary>The SQLite file (sqlite only).</summary>
    public string? SqlitePath { get; init; }

    /// <summary>The PostgreSQL user (postgres only).</summary>
    public string? User { get; init; }

    /// <summary>The PostgreSQL host (postgres only).</summary>
    public string? Host { get; init; }

    /// <summary>The PostgreSQL port (postgres only).</summary>
    public int Port { get; init; }

    /// <summary>The PostgreSQL database (postgres only).</summary>
    public string? Database { get; init; }

    /// <summary>Parses a store URI.</summary>
    /// <exception cref="ArgumentException">The URI is malformed; the message says why and what is allowed.</exception>
    public static StoreUri Parse(string uri)
    {
        if (string.IsNullOrWhiteSpace(uri))
        {
            throw new ArgumentException($"store URI is empty; {Usage}.", nameof(uri));
        }

        if (uri.StartsWith("sqlite:", StringComparison.Ordinal))
        {
            string path = uri["sqlite:".Length..];
            if (path.StartsWith("//", StringComparison.Ordinal))
            {
                path = path[2..];
            }

            if (path.Length == 0 || path.IndexOfAny(['\0', '?', ';']) >= 0)
            {
                throw new ArgumentException($"store URI '{uri}' has no usable file path; {Usage}.", nameof(uri));
            }

            return new StoreUri { Kind = StoreKind.Sqlite, SqlitePath = path };
        }

        string? rest = uri.StartsWith("postgres://", StringComparison.Ordinal) ? uri["postgres://".Length..]
            : uri.StartsWith("postgresql://", StringComparison.Ordinal) ? uri["postgresql://".Length..]
            : null;
        if (rest is null)
        {
            throw new ArgumentException($"store URI '{Redact(uri)}' has an unknown scheme; {Usage}.", nameof(uri));
        }

        return ParsePostgres(uri, rest);
    }

    /// <summary>Like <see cref="Parse"/>, without throwing.</summary>
    public static bool TryParse(string uri, out StoreUri? parsed, out string? error)
    {
        try
        {
            parsed = Parse(uri);
            error = null;
            return true;
        }
        catch (ArgumentException e)
        {
            parsed = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>The URI in its canonical form, never with a password.</summary>
    public override string ToString() => Kind == StoreKind.Sqlite
        ? "sqlite:" + SqlitePath
        : string.Create(CultureInfo.InvariantCulture, $"postgres://{User}@{Host}:{Port}/{Database}");

    private static StoreUri ParsePostgres(string uri, string rest)
    {
        int at = rest.IndexOf('@', StringComparison.Ordinal);
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (at <= 0 || slash < 0 || slash < at)
        {
            throw new ArgumentException($"store URI '{Redact(uri)}' needs a user and a database; {Usage}.", nameof(uri));
        }

        string user = Uri.UnescapeDataString(rest[..at]);
        if (user.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"store URI '{Redact(uri)}' carries a password; remove it and set PGPASSWORD instead ({Usage}).", nameof(uri));
        }

        string hostPort = rest[(at + 1)..slash];
        string database = Uri.UnescapeDataString(rest[(slash + 1)..]);
        if (database.Length == 0 || database.IndexOfAny(['/', '?', '#', ';']) >= 0)
        {
            throw new ArgumentException($"store URI '{Redact(uri)}' has no valid database name; {Usage}.", nameof(uri));
        }

        string host = hostPort;
        int port = DefaultPostgresPort;
        int colon = hostPort.LastIndexOf(':');
        if (colon >= 0 && !hostPort.EndsWith(']'))
        {
            host = hostPort[..colon];
            string portText = hostPort[(colon + 1)..];
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
            {
                throw new ArgumentException(
                    $"store URI '{Redact(uri)}' has port '{portText}'; use a number in 1..65535 ({Usage}).", nameof(uri));
            }
        }

        if (host.Length == 0 || host.IndexOfAny([' ', ';', '@', '/']) >= 0)
        {
            throw new ArgumentException($"store URI '{Redact(uri)}' has no valid host; {Usage}.", nameof(uri));
        }

        return new StoreUri { Kind = StoreKind.Postgres, User = user, Host = host.Trim('[', ']'), Port = port, Database = database };
    }

    /// <summary>Removes anything between "://" and "@" after a ':' so a pasted password never reaches a message.</summary>
    private static string Redact(string uri)
    {
        int scheme = uri.IndexOf("://", StringComparison.Ordinal);
        int at = uri.LastIndexOf('@');
        if (scheme < 0 || at < scheme)
        {
            return uri;
        }

        int colon = uri.IndexOf(':', scheme + 3);
        return colon >= 0 && colon < at ? uri[..colon] + ":***" + uri[at..] : uri;
    }
}
