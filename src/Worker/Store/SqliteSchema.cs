namespace DipolePortal.Worker.Store;

/// <summary>The SQLite tables; see <see cref="PostgresSchema"/> for the same schema in PostgreSQL.</summary>
internal static class SqliteSchema
{
    public const string Script = """
        CREATE TABLE IF NOT EXISTS dipole_schema (version INTEGER NOT NULL);
        INSERT INTO dipole_schema (version) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM dipole_schema);
        CREATE TABLE IF NOT EXISTS dipole_scans (
            scan_id     TEXT PRIMARY KEY,
            spec_hash   TEXT NOT NULL,
            spec_json   TEXT NOT NULL,
            generation  INTEGER NOT NULL,
            result_seq  INTEGER NOT NULL,
            created_at  INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS dipole_shards (
            id               INTEGER PRIMARY KEY AUTOINCREMENT,
            scan_id          TEXT NOT NULL REFERENCES dipole_scans (scan_id),
            experiment_set   TEXT NOT NULL,
            flavor           TEXT NOT NULL,
            block_index      INTEGER NOT NULL,
            task_json        TEXT NOT NULL,
            state            TEXT NOT NULL CHECK (state IN ('pending', 'leased', 'done', 'failed')),
            attempts         INTEGER NOT NULL,
            lease_id         TEXT,
            leased_by        TEXT,
            lease_expires_at INTEGER,
            last_error       TEXT,
            updated_at       INTEGER NOT NULL,
            UNIQUE (scan_id, experiment_set, flavor, block_index));
        CREATE INDEX IF NOT EXISTS dipole_shards_claim ON dipole_shards (state, id);
        CREATE INDEX IF NOT EXISTS dipole_shards_lease ON dipole_shards (lease_id);
        CREATE INDEX IF NOT EXISTS dipole_shards_block ON dipole_shards (scan_id, flavor, block_index);
        CREATE TABLE IF NOT EXISTS dipole_results (
            scan_id        TEXT NOT NULL REFERENCES dipole_scans (scan_id),
            experiment_set TEXT NOT NULL,
            flavor         TEXT NOT NULL,
            block_index    INTEGER NOT NULL,
            sequence       INTEGER NOT NULL,
            result_json    TEXT NOT NULL,
            created_at     INTEGER NOT NULL,
            PRIMARY KEY (scan_id, experiment_set, flavor, block_index));
        CREATE UNIQUE INDEX IF NOT EXISTS dipole_results_sequence ON dipole_results (scan_id, sequence);
        """;
}
