using DipolePortal.Messages;
using Npgsql;
using Serilog;

namespace DipolePortal.Worker.Store;

/// <summary>The multi-node store: PostgreSQL through a pooled Npgsql data source; every statement parameterized.</summary>
/// <remarks>Lease times use the database clock (<c>now()</c>), so workers on hosts with skewed clocks agree.</remarks>
public sealed partial class PostgresShardStore : IShardStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly StoreUri _uri;
    private readonly ILogger _logger;

    /// <summary>Creates the store; no connection is made until the first call.</summary>
    /// <param name="uri">Host, port, user and database.</param>
    /// <param name="password">The password (from PGPASSWORD), or null; never logged or shown.</param>
    /// <param name="searchPath">Optional schema search path (tests isolate themselves in a schema).</param>
    /// <param name="logger">Serilog logger.</param>
    public PostgresShardStore(StoreUri uri, string? password, string? searchPath = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (uri.Kind != StoreKind.Postgres)
        {
            throw new ArgumentException($"store URI {uri} is not a postgres:// URI.", nameof(uri));
        }

        _uri = uri;
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port,
            Username = uri.User,
            Database = uri.Database,
            Password = string.IsNullOrEmpty(password) ? null : password,
            PersistSecurityInfo = false,
            ApplicationName = "dipole",
            Timeout = 15,
            CommandTimeout = 60,
            SearchPath = searchPath,
        };
        _dataSource = NpgsqlDataSource.Create(builder);
        _logger = (logger ?? Serilog.Core.Logger.None).ForContext<PostgresShardStore>();
    }

    /// <inheritdoc />
    public async Task EnsureSchemaAsync(CancellationToken ct = default)
    {
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(ct);
        await using NpgsqlTransaction tx = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, tx, PostgresSchema.Script, ct);
        await tx.CommitAsync(ct);
        _logger.Debug("PostgreSQL store schema ensured at {Store}", _uri);
    }

    /// <inheritdoc />
    public async Task<ScanRegistration> CreateOrGetScanAsync(ScanSpec spec, string specHash, bool allowNew, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentException.ThrowIfNullOrWhiteSpace(specHash);
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(ct);
        await using NpgsqlTransaction tx = await connection.BeginTransactionAsync(ct);
        // Insert-if-missing first, so two coordinators racing on a new name both end up reading one row, locked.
        await ExecuteAsync(connection, tx,
            "INSERT INTO dipole_scans (scan_id, spec_hash, spec_json, generation, result_seq, created_at) "
            + "VALUES (@scan, @hash, @spec, 0, 0, now()) ON CONFLICT (scan_id) DO NOTHING;",
            ct, ("scan", spec.Name), ("hash", specHash), ("spec", spec.ToCanonicalJson()));
        ScanInfo existing = await ReadScanAsync(connection, tx, spec.Name, forUpdate: true, ct)
            ?? throw new InvalidOperationException($"scan '{spec.Name}' vanished while being registered.");
        ScanRegistrationOutcome outcome;
        if (existing.Generation == 0)
        {
            await ExecuteAsync(connection, tx, "UPDATE dipole_scans SET generation = 1 WHERE scan_id = @scan;", ct, ("scan", spec.Name));
            outcome = ScanRegistrationOutcome.Created;
        }
        else if (allowNew)
        {
            await ExecuteAsync(connection, tx,
                "DELETE FROM dipole_results WHERE scan_id = @scan; DELETE FROM dipole_shards WHERE scan_id = @scan; "
                + "UPDATE dipole_scans SET spec_hash = @hash, spec_json = @spec, generation = generation + 1, created_at = now() "
                + "WHERE scan_id = @scan;",
                ct, ("scan", spec.Name), ("hash", specHash), ("spec", spec.ToCanonicalJson()));
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

        ScanInfo scan = await ReadScanAsync(connection, tx, spec.Name, forUpdate: false, ct)
            ?? throw new InvalidOperationException($"scan '{spec.Name}' vanished while being registered.");
        await tx.CommitAsync(ct);
        return new ScanRegistration { Scan = scan, Outcome = outcome };
    }

    /// <inheritdoc />
    public async Task<int> AddShardsAsync(string scanId, IReadOnlyList<ShardTask> tasks, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        StoreJson.EnsureScanMatches(scanId, tasks);
        if (tasks.Count == 0)
        {
            return 0;
        }

        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(ct);
        await using NpgsqlTransaction tx = await connection.BeginTransactionAsync(ct);
        if (await ReadScanAsync(connection, tx, scanId, forUpdate: false, ct) is null)
        {
            throw new InvalidOperationException($"scan '{scanId}' is not in the store; register it with CreateOrGetScanAsync first.");
        }

        await using NpgsqlCommand insert = Command(connection, tx,
            "INSERT INTO dipole_shards (scan_id, experiment_set, flavor, block_index, task_json, state, attempts, updated_at) "
            + "SELECT @scan, s.experiment_set, s.flavor, s.block_index, s.task_json, 'pending', 0, now() "
            + "FROM unnest(@sets, @flavors, @blocks, @tasks) AS s (experiment_set, flavor, block_index, task_json) "
            + "WHERE EXISTS (SELECT 1 FROM dipole_scans WHERE scan_id = @scan) "
            + "ON CONFLICT (scan_id, experiment_set, flavor, block_index) DO NOTHING;",
            ("scan", scanId),
            ("sets", tasks.Select(t => t.Key.ExperimentSet).ToArray()),
            ("flavors", tasks.Select(t => t.Key.Flavor).ToArray()),
            ("blocks", tasks.Select(t => t.Key.BlockIndex).ToArray()),
            ("tasks", tasks.Select(StoreJson.Serialize).ToArray()));
        int inserted = await insert.ExecuteNonQueryAsync(ct);
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
        string scanFilter = scanId is null ? string.Empty : " AND scan_id = @scanFilter";
        (string, object?) filter = ("scanFilter", scanId ?? string.Empty);
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(ct);
        await using (NpgsqlCommand exhausted = Command(connection, null,
            "SELECT id, attempts FROM dipole_shards WHERE state = 'leased' AND lease_expires_at < now() AND attempts >= @max"
            + scanFilter + " FOR UPDATE SKIP LOCKED",
            ("max", maxAttempts), filter))
        {
            // Autocommit: the row locks end with the statement, so mark each one failed with a guarded update.
            var rows = new List<(long Id, int Attempts)>();
            await using (NpgsqlDataReader reader = await exhausted.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    rows.Add((reader.GetInt64(0), reader.GetInt32(1)));
                }
            }

            foreach ((long id, int attempts) in rows)
            {
                await ExecuteAsync(connection, null,
                    "UPDATE dipole_shards SET state = 'failed', last_error = @error, lease_id = NULL, leased_by = NULL, "
                    + "lease_expires_at = NULL, updated_at = now() WHERE id = @id AND state = 'leased' AND lease_expires_at < now();",
                    ct, ("error", ShardStates.ExpiredError(attempts)), ("id", id));
            }
        }

        var leaseId = Guid.NewGuid();
        string claimable = "(state = 'pending' OR (state = 'leased' AND lease_expires_at < now()))" + scanFilter;
        await using NpgsqlCommand claim = Command(connection, null,
            "UPDATE dipole_shards s SET state = 'leased', attempts = s.attempts + 1, lease_id = @lease, leased_by = @worker, "
            + "lease_expires_at = now() + @duration, updated_at = now() "
            + $"WHERE s.id = {ClaimOrder.FirstClaimable(claimable, "FOR UPDATE SKIP LOCKED", near, "@")} "
            + "RETURNING s.task_json, s.attempts, s.lease_expires_at, "
            + "(SELECT generation FROM dipole_scans c WHERE c.scan_id = s.scan_id);",
            [("lease", leaseId), ("worker", workerId), ("duration", leaseDuration), filter, .. ClaimOrder.NearParameters(near, "")]);
        await using NpgsqlDataReader claimed = await claim.ExecuteReaderAsync(ct);
        if (!await claimed.ReadAsync(ct))
        {
            return null;
        }

        return new ShardLease
        {
            LeaseId = leaseId,
            Task = StoreJson.ReadTask(claimed.GetString(0)),
            WorkerId = workerId,
            Attempt = claimed.GetInt32(1),
            ExpiresAt = claimed.GetFieldValue<DateTimeOffset>(2),
            ScanGeneration = claimed.GetInt64(3),
        };
    }

    /// <inheritdoc />
    public async Task<ShardLease?> RenewLeaseAsync(ShardLease lease, TimeSpan leaseDuration, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseDuration, TimeSpan.Zero);
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(ct);
        await using NpgsqlCommand command = Command(connection, null,
            "UPDATE dipole_shards SET lease_expires_at = now() + @duration, updated_at = now() "
            + "WHERE lease_id = @lease AND state = 'leased' RETURNING lease_expires_at;",
            ("duration", leaseDuration), ("lease", lease.LeaseId));
        object? expires = await command.ExecuteScalarAsync(ct);
        return expires is DateTime utc ? lease with { ExpiresAt = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)) } : null;
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
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(ct);
        await using NpgsqlTransaction tx = await connection.BeginTransactionAsync(ct);
        long generation;
        long sequence;
        // The scan row's lock orders completions of one scan, so sequence numbers increase in commit order.
        await using (NpgsqlCommand scan = Command(connection, tx,
            "SELECT generation, result_seq FROM dipole_scans WHERE scan_id = @scan FOR UPDATE;", ("scan", key.ScanId)))
        await using (NpgsqlDataReader reader = await scan.ExecuteReaderAsync(ct))
        {
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

        (string, object?)[] keyParameters =
            [("scan", key.ScanId), ("set", key.ExperimentSet), ("flavor", key.Flavor), ("block", key.BlockIndex)];
        int inserted = await ExecuteAsync(connection, tx,
            "INSERT INTO dipole_results (scan_id, experiment_set, flavor, block_index, sequence, result_json, created_at) "
            + "VALUES (@scan, @set, @flavor, @block, @seq, @json, now()) "
            + "ON CONFLICT (scan_id, experiment_set, flavor, block_index) DO NOTHING;",
            ct, [.. keyParameters, ("seq", sequence), ("json", StoreJson.Serialize(result))]);
        if (inserted == 1)
        {
            await ExecuteAsync(connection, tx, "UPDATE dipole_scans SET result_seq = @seq WHERE scan_id = @scan;",
                ct, ("seq", sequence), ("scan", key.ScanId));
        }

        await ExecuteAsync(connection, tx,
            "UPDATE dipole_shards SET state = 'done', lease_id = NULL, leased_by = NULL, lease_expires_at = NULL, "
            + "last_error = NULL, updated_at = now() WHERE scan_id = @scan AND experiment_set = @set AND flavor = @flavor "
            + "AND block_index = @block AND state <> 'done';",
            ct, keyParameters);
        await tx.CommitAsync(ct);
        return inserted == 1 ? CompletionOutcome.Stored : CompletionOutcome.AlreadyDone;
    }

    /// <inheritdoc />
    public async Task<FailOutcome> FailAsync(
        ShardLease lease, string error, int maxAttempts = ShardLease.DefaultMaxAttempts, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(ct);
        await using NpgsqlCommand command = Command(connection, null,
            "UPDATE dipole_shards SET state = CASE WHEN attempts >= @max THEN 'failed' ELSE 'pending' END, last_error = @error, "
            + "lease_id = NULL, leased_by = NULL, lease_expires_at = NULL, updated_at = now() "
            + "WHERE lease_id = @lease AND state = 'leased' RETURNING state;",
            ("max", maxAttempts), ("error", ShardStates.Truncate(error ?? string.Empty)), ("lease", lease.LeaseId));
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
        await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(ct);
        int changed = await ExecuteAsync(connection, null,
            "UPDATE dipole_shards SET state = 'pending', attempts = GREATEST(attempts - 1, 0), lease_id = NULL, leased_by = NULL, "
            + "lease_expires_at = NULL, updated_at = now() WHERE lease_id = @lease AND state = 'leased';",
            ct, ("lease", lease.LeaseId));
        return changed == 1;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>The store URI, never with a password.</summary>
    public override string ToString() => _uri.ToString();

    private static ScanInfo ReadScan(NpgsqlDataReader reader) => new()
    {
        ScanId = reader.GetString(0),
        SpecHash = reader.GetString(1),
        Spec = StoreJson.ReadSpec(reader.GetString(2)),
        Generation = reader.GetInt64(3),
        CreatedAt = reader.GetFieldValue<DateTimeOffset>(4),
    };

    private static async Task<ScanInfo?> ReadScanAsync(
        NpgsqlConnection connection, NpgsqlTransaction? tx, string scanId, bool forUpdate, CancellationToken ct)
    {
        await using NpgsqlCommand command = Command(connection, tx,
            "SELECT scan_id, spec_hash, spec_json, generation, created_at FROM dipole_scans WHERE scan_id = @scan"
            + (forUpdate ? " FOR UPDATE;" : ";"),
            ("scan", scanId));
        await using NpgsqlDataReader reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadScan(reader) : null;
    }

    private static NpgsqlCommand Command(
        NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, tx);
        foreach ((string name, object? value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static async Task<int> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using NpgsqlCommand command = Command(connection, tx, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }
}
