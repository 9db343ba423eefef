using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DipolePortal.Worker.Store;

/// <summary>Sorts store failures into retryable (transient) and permanent, as Npgsql's IsTransient does.</summary>
public static class StoreErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>
    /// True for failures that a retry may cure: lost or refused connections, timeouts, serialization failures and
    /// deadlocks, server shutdown or overload, and SQLite's BUSY/LOCKED.
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case AggregateException aggregate:
                    return aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsTransient);
                case PostgresException pg:
                    return pg.IsTransient || pg.SqlState is "40001" or "40P01" or "55P03" or "57P01" or "57P02" or "57P03";
                case NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked;
                case TimeoutException:
                case SocketException:
                    return true;
                default:
                    break;
            }
        }

        return false;
    }
}
