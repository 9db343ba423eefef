using DipolePortal.Messages;
using Microsoft.Data.Sqlite;

namespace DipolePortal.Worker.Store;

/// <summary>Status, results and scan listings of the SQLite store.</summary>
public sealed partial class SqliteShardStore
{
    /// <inheritdoc />
    public async Task<ScanStatus?> GetStatusAsync(string scanId, CancellationToken ct = default)
    {
        await using SqliteConnection connection = await OpenAsync(ct);
        await using SqliteTransaction tx = connection.BeginTransaction(deferred: true);
        ScanInfo? scan = await ReadScanAsync(connection, tx, scanId, ct);
        if (scan is null)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (SqliteCommand count = Command(connection, tx,
            "SELECT state, COUNT(*) FROM dipole_shards WHERE scan_id = $scan GROUP BY state;", ("$scan", scanId)))
        await using (SqliteDataReader reader = await count.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                counts[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        var failures = new List<ShardFailure>();
        await using (SqliteCommand failed = Command(connection, tx,
            "SELECT experiment_set, flavor, block_index, attempts, last_error FROM dipole_shards "
            + "WHERE scan_id = $scan AND state = 'failed' ORDER BY id;", ("$scan", scanId)))
        await using (SqliteDataReader reader = await failed.ExecuteReaderAsync(ct))
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

        return ShardStatusCounts.ToStatus(scan, counts, failures);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredShardResult>> ReadResultsAsync(
        string scanId, long sinceSequence, int limit = 1000, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using SqliteConnection connection = await OpenAsync(ct);
        await using SqliteCommand command = Command(connection, null,
            "SELECT sequence, result_json FROM dipole_results WHERE scan_id = $scan AND sequence > $since "
            + "ORDER BY sequence LIMIT $limit;",
            ("$scan", scanId), ("$since", sinceSequence), ("$limit", limit));
        var results = new List<StoredShardResult>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            results.Add(new StoredShardResult { Sequence = reader.GetInt64(0), Result = StoreJson.ReadResult(reader.GetFieldValue<byte[]>(1)) });
        }

        return results;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ScanInfo>> ListScansAsync(CancellationToken ct = default)
    {
        await using SqliteConnection connection = await OpenAsync(ct);
        await using SqliteCommand command = Command(connection, null,
            "SELECT scan_id, spec_hash, spec_json, generation, created_at FROM dipole_scans ORDER BY scan_id;");
        var scans = new List<ScanInfo>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            scans.Add(ReadScan(reader));
        }

        return scans;
    }
}
