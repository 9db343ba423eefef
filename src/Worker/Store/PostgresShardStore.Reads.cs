using DipolePortal.Messages;
using Npgsql;

namespace DipolePortal.Worker.Store;

/// <summary>Status, results and scan listings of the PostgreSQL store.</summary>
public sealed partial class PostgresShardStore
{
    /// <inheritdoc />
    public async Task<ScanStatus?> GetStatusAsync(string scanId, CancellationToken ct = default)
    {
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(ct);
        await using NpgsqlTransaction tx = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        ScanInfo? scan = await ReadScanAsync(connection, tx, scanId, forUpdate: false, ct);
        if (scan is null)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (NpgsqlCommand count = Command(connection, tx,
            "SELECT state, COUNT(*)::integer FROM dipole_shards WHERE scan_id = @scan GROUP BY state;", ("scan", scanId)))
        await using (NpgsqlDataReader reader = await count.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                counts[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        var failures = new List<ShardFailure>();
        await using (NpgsqlCommand failed = Command(connection, tx,
            "SELECT experiment_set, flavor, block_index, attempts, last_error FROM dipole_shards "
            + "WHERE scan_id = @scan AND state = 'failed' ORDER BY id;", ("scan", scanId)))
        await using (NpgsqlDataReader reader = await failed.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                failures.Add(new ShardFailure
                {
                    Key = new ShardKey(scanId, reader.GetString(0), reader.GetString(1), reader.GetInt32(2)),
                    Attempts = reader.GetInt32(3),
                    Error = reader.IsDBNull(4) ? string.Empty : reader.GetString(4),
                });
            }
        }

        await tx.CommitAsync(ct);
        return ShardStatusCounts.ToStatus(scan, counts, failures);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredShardResult>> ReadResultsAsync(
        string scanId, long sinceSequence, int limit = 1000, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(ct);
        await using NpgsqlCommand command = Command(connection, null,
            "SELECT sequence, result_json FROM dipole_results WHERE scan_id = @scan AND sequence > @since "
            + "ORDER BY sequence LIMIT @limit;",
            ("scan", scanId), ("since", sinceSequence), ("limit", limit));
        var results = new List<StoredShardResult>();
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            results.Add(new StoredShardResult { Sequence = reader.GetInt64(0), Result = StoreJson.ReadResult(reader.GetString(1)) });
        }

        return results;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ScanInfo>> ListScansAsync(CancellationToken ct = default)
    {
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(ct);
        await using NpgsqlCommand command = Command(connection, null,
            "SELECT scan_id, spec_hash, spec_json, generation, created_at FROM dipole_scans WHERE generation > 0 ORDER BY scan_id;");
        var scans = new List<ScanInfo>();
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            scans.Add(ReadScan(reader));
        }

        return scans;
    }
}
