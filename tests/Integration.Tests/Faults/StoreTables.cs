using System.Data.Common;
using DipolePortal.Worker.Store;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DipolePortal.Integration.Tests.Faults;

/// <summary>One dipole_shards row as the test sees it.</summary>
internal sealed record ShardState(string Key, string State, int Attempts, string? LeasedBy, string? LeaseId);

/// <summary>One dipole_results row: the shard, its sequence number and the stored JSON.</summary>
internal sealed record ResultRow(string Key, long Sequence, string Json);

/// <summary>
/// Direct reads of a store's tables (PostgreSQL or SQLite), for what the store interface does not show: who holds a
/// lease, each result's sequence number, and the scan's sequence counter (one increment per result ever inserted).
/// </summary>
internal sealed class StoreTables : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly string _parameter;

    private StoreTables(DbConnection connection, string parameter)
    {
        _connection = connection;
        _parameter = parameter;
    }

    public static async Task<StoreTables> OpenPostgresAsync(StoreUri uri, string? password)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port,
            Username = uri.User,
            Database = uri.Database,
            Password = password,
            Pooling = false,
        }.ConnectionString);
        await connection.OpenAsync();
        return new StoreTables(connection, "@scan");
    }

    public static async Task<StoreTables> OpenSqliteAsync(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        await connection.OpenAsync();
        return new StoreTables(connection, "$scan");
    }

    public async Task<IReadOnlyList<ShardState>> ShardsAsync(string scanId)
    {
        var rows = new List<ShardState>();
        await using DbCommand command = Command(
            "SELECT experiment_set, flavor, block_index, state, attempts, leased_by, CAST(lease_id AS TEXT) FROM dipole_shards " +
            "WHERE scan_id = @scan ORDER BY id;", scanId);
        DbDataReader reader;
        try
        {
            reader = await command.ExecuteReaderAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return rows; // no coordinator has created the schema yet
        }

        await using var _ = reader;
        while (await reader.ReadAsync())
        {
            rows.Add(new ShardState(Key(reader), reader.GetString(3), reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return rows;
    }

    public async Task<IReadOnlyDictionary<string, ResultRow>> ResultsAsync(string scanId)
    {
        var rows = new Dictionary<string, ResultRow>(StringComparer.Ordinal);
        await using DbCommand command = Command(
            "SELECT experiment_set, flavor, block_index, sequence, result_json FROM dipole_results WHERE scan_id = @scan;", scanId);
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            string key = Key(reader);
            rows.Add(key, new ResultRow(key, reader.GetInt64(3), reader.GetString(4)));
        }

        return rows;
    }

    /// <summary>dipole_scans.result_seq: incremented once per result row ever inserted for the scan.</summary>
    public async Task<long> ResultCounterAsync(string scanId)
    {
        await using DbCommand command = Command("SELECT result_seq FROM dipole_scans WHERE scan_id = @scan;", scanId);
        object? value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? -1 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private DbCommand Command(string sql, string scanId)
    {
        DbCommand command = _connection.CreateCommand();
        command.CommandText = sql.Replace("@scan", _parameter, StringComparison.Ordinal);
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = _parameter;
        parameter.Value = scanId;
        command.Parameters.Add(parameter);
        return command;
    }

    private static string Key(DbDataReader reader) => $"{reader.GetString(0)}/{reader.GetString(1)}/{reader.GetInt32(2)}";
}
