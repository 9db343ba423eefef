#!/usr/bin/env bash
# Starts a throw-away PostgreSQL on 127.0.0.1 for the tests.
#
#   BASE=$(tests/postgres/start.sh)   # prints the state folder on stdout (and nothing else there)
#   . "$BASE/env"                      # exports DIPOLE_TEST_POSTGRES=postgres://USER@127.0.0.1:PORT/DB and PGPASSWORD
#   tests/postgres/stop.sh "$BASE"     # stops the server and removes the folder
#
# Installs Debian's `postgresql` package when no server binaries are found (binaries live in
# /usr/lib/postgresql/<ver>/bin, which is not on PATH). Runs the server as the `postgres` user when started as root.
set -euo pipefail

log() { echo "postgres/start.sh: $*" >&2; }

find_bindir() {
    local dir
    if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v pg_ctl)")"
        return 0
    fi
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x "$dir/pg_ctl" && -x "$dir/initdb" ]]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

BINDIR=$(find_bindir || true)
if [[ -z "$BINDIR" ]]; then
    if [[ $(id -u) -ne 0 ]]; then
        log "no PostgreSQL server binaries found and not root: install Debian's 'postgresql' package"
        exit 1
    fi
    log "installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    BINDIR=$(find_bindir) || { log "postgresql installed but pg_ctl/initdb not found"; exit 1; }
fi
log "using server binaries in $BINDIR"

# Run server commands as `postgres` when root (initdb refuses root).
RUN_AS=()
OWNER=$(id -un)
if [[ $(id -u) -eq 0 ]]; then
    if ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi
    RUN_AS=(runuser -u postgres --)
    OWNER=postgres
fi

BASE=$(mktemp -d "${TMPDIR:-/tmp}/dipole-pg.XXXXXX")
chmod 0755 "$BASE"
mkdir -p "$BASE/data" "$BASE/socket"
chown -R "$OWNER" "$BASE"
chmod 0700 "$BASE/data"

DB_USER=dipole
DB_NAME=dipole_test
PASSWORD=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')

"${RUN_AS[@]}" "$BINDIR/initdb" -D "$BASE/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$BASE/initdb.log" 2>&1 \
    || { cat "$BASE/initdb.log" >&2; log "initdb failed"; exit 1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

PORT=""
for attempt in 1 2 3 4 5 6 7 8; do
    candidate=$(( 20000 + (RANDOM % 30000) ))
    port_in_use "$candidate" && continue
    if "${RUN_AS[@]}" "$BINDIR/pg_ctl" -D "$BASE/data" -l "$BASE/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$candidate -c unix_socket_directories=$BASE/socket \
            -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >&2; then
        PORT=$candidate
        break
    fi
    log "start on port $candidate failed (attempt $attempt); trying another port"
done
if [[ -z "$PORT" ]]; then
    cat "$BASE/server.log" >&2 || true
    log "could not start PostgreSQL"
    exit 1
fi

"${RUN_AS[@]}" "$BINDIR/psql" -v ON_ERROR_STOP=1 -q -h "$BASE/socket" -p "$PORT" -U postgres -d postgres >&2 <<SQL
CREATE ROLE $DB_USER LOGIN PASSWORD '$PASSWORD';
CREATE DATABASE $DB_NAME OWNER $DB_USER;
SQL

cat >"$BASE/env" <<ENV
export DIPOLE_TEST_POSTGRES='postgres://$DB_USER@127.0.0.1:$PORT/$DB_NAME'
export PGPASSWORD='$PASSWORD'
export DIPOLE_TEST_POSTGRES_BINDIR='$BINDIR'
ENV
chmod 0644 "$BASE/env"
log "PostgreSQL ready: postgres://$DB_USER@127.0.0.1:$PORT/$DB_NAME (state in $BASE)"
echo "$BASE"
