using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DipolePortal.Integration.Tests.Infrastructure;

/// <summary>One row of dipole_shards, read directly for assertions the store interface does not expose (who holds a lease).</summary>
internal sealed record ShardRow(int BlockIndex, string State, int Attempts, string? LeasedBy, Guid? LeaseId);

/// <summary>Direct reads of the store's tables: shard rows and the stored result JSON, exactly as written.</summary>
internal static class StoreRows
{
    public static async Task<IReadOnlyList<ShardRow>> ShardsAsync(NpgsqlConnection connection, string scanId)
    {
        await using var command = new NpgsqlCommand(
            "SELECT block_index, state, attempts, leased_by, lease_id FROM dipole_shards WHERE scan_id = @scan ORDER BY block_index;", connection);
        command.Parameters.AddWithValue("scan", scanId);
        var rows = new List<ShardRow>();
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new ShardRow(reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetGuid(4)));
        }

        return rows;
    }

    /// <summary>result_json per shard key ("set/flavor/block"), from PostgreSQL.</summary>
    public static Task<SortedDictionary<string, string>> ResultsAsync(NpgsqlConnection connection, string scanId)
    {
        var command = new NpgsqlCommand(ResultsSql, connection);
        command.Parameters.AddWithValue("scan", scanId);
        return ReadResultsAsync(command);
    }

    /// <summary>result_json per shard key ("set/flavor/block"), from a SQLite store file.</summary>
    public static async Task<SortedDictionary<string, string>> ResultsAsync(string sqlitePath, string scanId)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqlitePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        var command = new SqliteCommand(ResultsSql.Replace("@scan", "$scan", StringComparison.Ordinal), connection);
        command.Parameters.AddWithValue("$scan", scanId);
        return await ReadResultsAsync(command);
    }

    private const string ResultsSql =
        "SELECT experiment_set, flavor, block_index, result_json FROM dipole_results WHERE scan_id = @scan;";

    private static async Task<SortedDictionary<string, string>> ReadResultsAsync(DbCommand command)
    {
        await using (command)
        {
            var results = new SortedDictionary<string, string>(StringComparer.Ordinal);
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                results.Add($"{reader.GetString(0)}/{reader.GetString(1)}/{reader.GetInt32(2)}", reader.GetString(3));
            }

            return results;
        }
    }
}
