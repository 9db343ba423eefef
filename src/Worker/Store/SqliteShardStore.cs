using DipolePortal.Messages;
using Microsoft.Data.Sqlite;
using Serilog;

namespace DipolePortal.Worker.Store;

/// <summary>The embedded store: one SQLite file in WAL mode, writers serialized by BEGIN IMMEDIATE transactions.</summary>
/// <remarks>Times are Unix milliseconds (UTC) from <see cref="TimeProvider"/>; processes sharing the file share a clock.</remarks>
public sealed partial class SqliteShardStore : IShardStore
{
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);
    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    /// <summary>Opens (lazily) the store in <paramref name="path"/>, creating its folder if needed.</summary>
    public SqliteShardStore(string path, ILogger? logger = null, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString();
        _clock = clock ?? TimeProvider.System;
        _logger = (logger ?? Serilog.Core.Logger.None).ForContext<SqliteShardStore>();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Loads SQLite's native library and its .NET bindings, as the first connection of a process would.</summary>
    public static void LoadLibrary()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
    }

    /// <inheritdoc />
    public async Task EnsureSchemaAsync(CancellationToken ct = default)
    {
        string? folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using SqliteConnection connection = await OpenAsync(ct);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", ct);
        await using SqliteTransaction tx = connection.BeginTransaction(deferred: false);
        await ExecuteAsync(connection, tx, SqliteSchema.Script, ct);
        await tx.CommitAsync(ct);
        _logger.Debug("SQLite store schema ensured at {StorePath}", Path);
    }

    /// <inheritdoc />
    public async Task<ScanRegistration> CreateOrGetScanAsync(ScanSpec spec, string specHash, bool allowNew, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentException.ThrowIfNullOrWhiteSpace(specHash);
        await using SqliteConnection connection = await OpenAsync(ct);
        await using SqliteTransaction tx = connection.BeginTransaction(deferred: false);
        ScanInfo? existing = await ReadScanAsync(connection, tx, spec.Name, ct);
        long now = Now();
        ScanRegistrationOutcome outcome;
        if (existing is null)
        {
            await ExecuteAsync(connection, tx,
                "INSERT INTO dipole_scans (scan_id, spec_hash, spec_json, generation, result_seq, created_at) "
                + "VALUES ($scan, $hash, $spec, 1, 0, $now);",
                ct, ("$scan", spec.Name), ("$hash", specHash), ("$spec", spec.ToCanonicalJson()), ("$now", now));
            outcome = ScanRegistrationOutcome.Created;
        }
        else if (allowNew)
        {
            await ExecuteAsync(connection, tx,
                "DELETE FROM dipole_results WHERE scan_id = $scan; DELETE FROM dipole_shards WHERE scan_id = $scan; "
                + "UPDATE dipole_scans SET spec_hash = $hash, spec_json = $spec, generation = generation + 1, created_at = $now "
                + "WHERE scan_id = $scan;",
                ct, ("$scan", spec.Name), ("$hash", specHash), ("$spec", spec.ToCanonicalJson()), ("$now", now));
            outcome = ScanRegistrationOutcome.Replaced;
        }
        else if (existing.SpecHash != specHash)
        {
            throw new ScanSpecMismatchException(spec.Name, existing.SpecHash, specHash);
        }
        else
        {
            outcome = ScanRegistrationOutcome.Resumed;
        }

        ScanInfo scan = await ReadScanAsync(connection, tx, spec.Name, ct)
            ?? throw new InvalidOperationException($"scan '{spec.Name}' vanished while being registered.");
        await tx.CommitAsync(ct);
        return new ScanRegistration { Scan = scan, Outcome = outcome };
    }

    /// <inheritdoc />
    public async Task<int> AddShardsAsync(string scanId, IReadOnlyList<ShardTask> tasks, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        StoreJson.EnsureScanMatches(scanId, tasks);
        await using SqliteConnection connection = await OpenAsync(ct);
        await using SqliteTransaction tx = connection.BeginTransaction(deferred: false);
        if (await ReadScanAsync(connection, tx, scanId, ct) is null)
        {
            throw new InvalidOperationException($"scan '{scanId}' is not in the store; register it with CreateOrGetScanAsync first.");
        }

        await using SqliteCommand insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText =
            "INSERT INTO dipole_shards (scan_id, experiment_set, flavor, block_index, task_json, state, attempts, updated_at) "
            + "SELECT $scan, $set, $flavor, $block, $task, 'pending', 0, $now WHERE EXISTS "
            + "(SELECT 1 FROM dipole_scans WHERE scan_id = $scan) "
            + "ON CONFLICT (scan_id, experiment_set, flavor, block_index) DO NOTHING;";
        SqliteParameter set = insert.Parameters.Add("$set", SqliteType.Text);
        SqliteParameter flavor = insert.Parameters.Add("$flavor", SqliteType.Text);
        SqliteParameter block = insert.Parameters.Add("$block", SqliteType.Integer);
        SqliteParameter task = insert.Parameters.Add("$task", SqliteType.Text);
        insert.Parameters.AddWithValue("$scan", scanId);
        insert.Parameters.AddWithValue("$now", Now());
        int inserted = 0;
        foreach (ShardTask t in tasks)
        {
            set.Value = t.Key.ExperimentSet;
            flavor.Value = t.Key.Flavor;
            block.Value = t.Key.BlockIndex;
            task.Value = StoreJson.Serialize(t);
            inserted += await insert.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        return inserted;
    }

    /// <inheritdoc />
    public async Task<ShardLease?> TryLeaseAsync(
        string workerId, TimeSpan leaseDuration, int maxAttempts = ShardLease.DefaultMaxAttempts, string? scanId = null,
        ShardKey? near = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workerId);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseDuration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        await using SqliteConnection connection = await OpenAsync(ct);
        await using SqliteTransaction tx = connection.BeginTransaction(deferred: false);
        long now = Now();
        string scanFilter = scanId is null ? string.Empty : " AND scan_id = $scanFilter";
        await using (SqliteCommand exhaust = Command(connection, tx,
            "SELECT id, attempts FROM dipole_shards WHERE state = 'leased' AND lease_expires_at < $now AND attempts >= $max"
            + scanFilter + ";",
            ("$now", now), ("$max", maxAttempts), ("$scanFilter", (object?)scanId ?? DBNull.Value)))
        {
            var exhausted = new List<(long Id, int Attempts)>();
            await using (SqliteDataReader reader = await exhaust.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    exhausted.Add((reader.GetInt64(0), reader.GetInt32(1)));
                }
            }

            foreach ((long id, int attempts) in exhausted)
            {
                await ExecuteAsync(connection, tx,
                    "UPDATE dipole_shards SET state = 'failed', last_error = $error, lease_id = NULL, leased_by = NULL, "
                    + "lease_expires_at = NULL, updated_at = $now WHERE id = $id;",
                    ct, ("$error", ShardStates.ExpiredError(attempts)), ("$now", now), ("$id", id));
            }
        }

        long expires = now + (long)leaseDuration.TotalMilliseconds;
        var leaseId = Guid.NewGuid();
        ShardLease? lease = null;
        string claimable = "(state = 'pending' OR (state = 'leased' AND lease_expires_at < $now))" + scanFilter;
        await using (SqliteCommand claim = Command(connection, tx,
            "UPDATE dipole_shards SET state = 'leased', attempts = attempts + 1, lease_id = $lease, leased_by = $worker, "
            + $"lease_expires_at = $expires, updated_at = $now WHERE id = {ClaimOrder.FirstClaimable(claimable, "", near, "$")} "
            + "RETURNING task_json, attempts, (SELECT generation FROM dipole_scans s WHERE s.scan_id = dipole_shards.scan_id);",
            [("$lease", leaseId.ToString()), ("$worker", workerId), ("$expires", expires), ("$now", now),
             ("$scanFilter", (object?)scanId ?? DBNull.Value), .. ClaimOrder.NearParameters(near, "$")]))
        {
            await using SqliteDataReader reader = await claim.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct))
            {
                lease = new ShardLease
                {
                    LeaseId = leaseId,
                    Task = StoreJson.ReadTask(reader.GetString(0)),
                    WorkerId = workerId,
                    Attempt = reader.GetInt32(1),
                    ExpiresAt = DateTimeOffset.FromUnixTimeMilliseconds(expires),
                    ScanGeneration = reader.GetInt64(2),
                };
            }
        }

        await tx.CommitAsync(ct);
        return lease;
    }

    /// <inheritdoc />
    public async Task<ShardLease?> RenewLeaseAsync(ShardLease lease, TimeSpan leaseDuration, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseDuration, TimeSpan.Zero);
        await using SqliteConnection connection = await OpenAsync(ct);
        long now = Now();
        long expires = now + (long)leaseDuration.TotalMilliseconds;
        int changed = await ExecuteAsync(connection, null,
            "UPDATE dipole_shards SET lease_expires_at = $expires, updated_at = $now WHERE lease_id = $lease AND state = 'leased';",
            ct, ("$expires", expires), ("$now", now), ("$lease", lease.LeaseId.ToString()));
        return changed == 1 ? lease with { ExpiresAt = DateTimeOffset.FromUnixTimeMilliseconds(expires) } : null;
    }

    /// <inheritdoc />
    public async Task<CompletionOutcome> CompleteAsync(ShardLease lease, ShardResult result, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Key != lease.Key)
        {
            throw new ArgumentException($"result for shard {result.Key} does not match lease on shard {lease.Key}.", nameof(result));
        }

        ShardKey key = lease.Key;
        await using SqliteConnection connection = await OpenAsync(ct);
        await using SqliteTransaction tx = connection.BeginTransaction(deferred: false);
        long generation;
        long sequence;
        await using (SqliteCommand scan = Command(connection, tx,
            "SELECT generation, result_seq FROM dipole_scans WHERE scan_id = $scan;", ("$scan", key.ScanId)))
        {
            await using SqliteDataReader reader = await scan.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                return CompletionOutcome.Stale;
            }

            generation = reader.GetInt64(0);
            sequence = reader.GetInt64(1) + 1;
        }

        if (generation != lease.ScanGeneration)
        {
            return CompletionOutcome.Stale;
        }

        long now = Now();
        (string, object?)[] keyParameters =
            [("$scan", key.ScanId), ("$set", key.ExperimentSet), ("$flavor", key.Flavor), ("$block", key.BlockIndex)];
        // The JSON goes in as its UTF-8 bytes, and CAST makes them text as they are: the same TEXT value as a bound
        // string, without encoding 100 KB to UTF-16 and back.
        int inserted = await ExecuteAsync(connection, tx,
            "INSERT INTO dipole_results (scan_id, experiment_set, flavor, block_index, sequence, result_json, created_at) "
            + "VALUES ($scan, $set, $flavor, $block, $seq, CAST($json AS TEXT), $now) "
            + "ON CONFLICT (scan_id, experiment_set, flavor, block_index) DO NOTHING;",
            ct, [.. keyParameters, ("$seq", sequence), ("$json", StoreJson.SerializeToUtf8(result)), ("$now", now)]);
        if (inserted == 1)
        {
            await ExecuteAsync(connection, tx, "UPDATE dipole_scans SET result_seq = $seq WHERE scan_id = $scan;",
                ct, ("$seq", sequence), ("$scan", key.ScanId));
        }

        await ExecuteAsync(connection, tx,
            "UPDATE dipole_shards SET state = 'done', lease_id = NULL, leased_by = NULL, lease_expires_at = NULL, "
            + "last_error = NULL, updated_at = $now WHERE scan_id = $scan AND experiment_set = $set AND flavor = $flavor "
            + "AND block_index = $block AND state <> 'done';",
            ct, [.. keyParameters, ("$now", now)]);
        await tx.CommitAsync(ct);
        return inserted == 1 ? CompletionOutcome.Stored : CompletionOutcome.AlreadyDone;
    }

    /// <inheritdoc />
    public async Task<FailOutcome> FailAsync(
        ShardLease lease, string error, int maxAttempts = ShardLease.DefaultMaxAttempts, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        await using SqliteConnection connection = await OpenAsync(ct);
        await using SqliteCommand command = Command(connection, null,
            "UPDATE dipole_shards SET state = CASE WHEN attempts >= $max THEN 'failed' ELSE 'pending' END, last_error = $error, "
            + "lease_id = NULL, leased_by = NULL, lease_expires_at = NULL, updated_at = $now "
            + "WHERE lease_id = $lease AND state = 'leased' RETURNING state;",
            ("$max", maxAttempts), ("$error", ShardStates.Truncate(error ?? string.Empty)), ("$now", Now()),
            ("$lease", lease.LeaseId.ToString()));
        object? state = await command.ExecuteScalarAsync(ct);
        return state switch
        {
            ShardStates.Failed => FailOutcome.Failed,
            ShardStates.Pending => FailOutcome.Retrying,
            _ => FailOutcome.LeaseLost,
        };
    }

    /// <inheritdoc />
    public async Task<bool> ReleaseAsync(ShardLease lease, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await using SqliteConnection connection = await OpenAsync(ct);
        int changed = await ExecuteAsync(connection, null,
            "UPDATE dipole_shards SET state = 'pending', attempts = MAX(attempts - 1, 0), lease_id = NULL, leased_by = NULL, "
            + "lease_expires_at = NULL, updated_at = $now WHERE lease_id = $lease AND state = 'leased';",
            ct, ("$now", Now()), ("$lease", lease.LeaseId.ToString()));
        return changed == 1;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; clearing lets the file be deleted or reopened at once.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    /// <summary>"sqlite:PATH".</summary>
    public override string ToString() => "sqlite:" + Path;

    private static ScanInfo ReadScan(SqliteDataReader reader) => new()
    {
        ScanId = reader.GetString(0),
        SpecHash = reader.GetString(1),
        Spec = StoreJson.ReadSpec(reader.GetString(2)),
        Generation = reader.GetInt64(3),
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
    };

    private static async Task<ScanInfo?> ReadScanAsync(SqliteConnection connection, SqliteTransaction? tx, string scanId, CancellationToken ct)
    {
        await using SqliteCommand command = Command(connection, tx,
            "SELECT scan_id, spec_hash, spec_json, generation, created_at FROM dipole_scans WHERE scan_id = $scan;", ("$scan", scanId));
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadScan(reader) : null;
    }

    private static SqliteCommand Command(
        SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        SqliteCommand command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach ((string name, object? value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static async Task<int> ExecuteAsync(
        SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using SqliteCommand command = Command(connection, tx, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await ExecuteAsync(connection, null,
                $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL;", ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private long Now() => _clock.GetUtcNow().ToUnixTimeMilliseconds();
}
