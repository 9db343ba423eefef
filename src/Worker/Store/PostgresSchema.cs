namespace DipolePortal.Worker.Store;

/// <summary>
/// The PostgreSQL tables. Shards are claimed with <c>FOR UPDATE SKIP LOCKED</c>; results are text (not jsonb, which
/// would reformat them) keyed by (scan, shard); <c>dipole_scans.result_seq</c> hands out result sequence numbers under
/// the scan row's lock, so they increase in commit order.
/// </summary>
internal static class PostgresSchema
{
    public const string Script = """
        SELECT pg_advisory_xact_lock(7465726); -- serialize concurrent schema creation by many workers
        CREATE TABLE IF NOT EXISTS dipole_schema (version integer NOT NULL);
        INSERT INTO dipole_schema (version) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM dipole_schema);
        CREATE TABLE IF NOT EXISTS dipole_scans (
            scan_id     text PRIMARY KEY,
            spec_hash   text NOT NULL,
            spec_json   text NOT NULL,
            generation  bigint NOT NULL,
            result_seq  bigint NOT NULL,
            created_at  timestamptz NOT NULL);
        CREATE TABLE IF NOT EXISTS dipole_shards (
            id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            scan_id          text NOT NULL REFERENCES dipole_scans (scan_id),
            experiment_set   text NOT NULL,
            flavor           text NOT NULL,
            block_index      integer NOT NULL,
            task_json        text NOT NULL,
            state            text NOT NULL CHECK (state IN ('pending', 'leased', 'done', 'failed')),
            attempts         integer NOT NULL,
            lease_id         uuid,
            leased_by        text,
            lease_expires_at timestamptz,
            last_error       text,
            updated_at       timestamptz NOT NULL,
            UNIQUE (scan_id, experiment_set, flavor, block_index));
        CREATE INDEX IF NOT EXISTS dipole_shards_claim ON dipole_shards (state, id);
        CREATE INDEX IF NOT EXISTS dipole_shards_lease ON dipole_shards (lease_id);
        CREATE INDEX IF NOT EXISTS dipole_shards_block ON dipole_shards (scan_id, flavor, block_index);
        CREATE TABLE IF NOT EXISTS dipole_results (
            scan_id        text NOT NULL REFERENCES dipole_scans (scan_id),
            experiment_set text NOT NULL,
            flavor         text NOT NULL,
            block_index    integer NOT NULL,
            sequence       bigint NOT NULL,
            result_json    text NOT NULL,
            created_at     timestamptz NOT NULL,
            PRIMARY KEY (scan_id, experiment_set, flavor, block_index));
        CREATE UNIQUE INDEX IF NOT EXISTS dipole_results_sequence ON dipole_results (scan_id, sequence);
        """;
}
