using Serilog;

namespace DipolePortal.Worker.Store;

/// <summary>Opens a store from its URI.</summary>
public static class ShardStoreFactory
{
    /// <summary>The environment variable that holds the PostgreSQL password.</summary>
    public const string PasswordVariable = "PGPASSWORD";

    /// <summary>Opens <c>sqlite:PATH</c> or <c>postgres://USER@HOST:PORT/DB</c> (password from PGPASSWORD).</summary>
    /// <remarks>No connection is made yet; call <see cref="IShardStore.EnsureSchemaAsync"/> next.</remarks>
    /// <exception cref="ArgumentException">The URI is malformed.</exception>
    public static IShardStore Open(string uri, ILogger? logger = null)
    {
        StoreUri parsed = StoreUri.Parse(uri);
        return parsed.Kind switch
        {
            StoreKind.Sqlite => new SqliteShardStore(parsed.SqlitePath!, logger),
            StoreKind.Postgres => new PostgresShardStore(parsed, Environment.GetEnvironmentVariable(PasswordVariable), logger: logger),
            _ => throw new ArgumentException($"store kind {parsed.Kind} is not supported.", nameof(uri)),
        };
    }
}
