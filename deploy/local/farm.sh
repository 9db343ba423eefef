#!/usr/bin/env bash
# A multi-node DipolePortal farm on one machine: a private PostgreSQL on 127.0.0.1 and N `dipole worker` processes.
#
#   deploy/local/farm.sh start N   start PostgreSQL and N workers; prints how to run a scan against them
#   deploy/local/farm.sh status    list the database and the workers (and their /readyz when curl is there)
#   deploy/local/farm.sh stop      SIGTERM the workers (SIGKILL after FARM_STOP_TIMEOUT), stop PostgreSQL, delete
#                                  the database, the password and the pid list (the logs stay until the next start)
#
# State lives in runs/farm/ under the repository root:
#   env    (mode 600) `export PGPASSWORD=… DIPOLE_STORE=…`: the only place the password is ever written
#   state  the server's folders, binaries and port (no secret)
#   pids   one line per process: NAME PID START_TIME [HEALTH_PORT]; stop signals only these processes
#   pg/    the database cluster (or a folder under /tmp when the `postgres` user cannot reach runs/)
#   workers/<i>/worker.log, postgres.log
#
# Settings (environment): DIPOLE_CMD (default: the repository's ./dipole launcher), FARM_CONCURRENCY (shards at
# once per worker, default 1), FARM_STOP_TIMEOUT (seconds to wait after SIGTERM, default 130), FARM_READY_WAIT
# (seconds start waits for the workers' /readyz, default 30).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
FARM="$ROOT/runs/farm"
DIPOLE_CMD=${DIPOLE_CMD:-"$ROOT/dipole"}
FARM_CONCURRENCY=${FARM_CONCURRENCY:-1}
FARM_STOP_TIMEOUT=${FARM_STOP_TIMEOUT:-130}
FARM_READY_WAIT=${FARM_READY_WAIT:-30}
DB_USER=dipole
DB_NAME=dipole
HOST=127.0.0.1

say() { echo "farm: $*" >&2; }
die() { say "$*"; exit 1; }

usage() {
    sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

# ---- processes -------------------------------------------------------------------------------------------------

# The kernel's start time of a process (field 22 of /proc/PID/stat), to tell our process from a later one that
# got the same pid. Prints nothing when the process is gone.
start_time() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
    stat=${stat##*) }
    awk '{ print $20 }' <<<"$stat"
}

# True while the process recorded as PID with START is still that process.
same_process() {
    [[ -n "$1" && -n "$2" && "$(start_time "$1")" == "$2" ]]
}

port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# Sets FREE_PORT to a port nobody listens on, from a range clear of the usual services. TAKEN lists the ports
# already handed out (a worker may not listen yet), so FREE_PORT is set rather than printed: no subshell.
TAKEN=" "
FREE_PORT=""
free_port() {
    local candidate attempt
    for attempt in $(seq 1 200); do
        candidate=$(( 20000 + (RANDOM % 30000) ))
        [[ "$TAKEN" == *" $candidate "* ]] && continue
        port_in_use "$candidate" && continue
        TAKEN="$TAKEN$candidate "
        FREE_PORT=$candidate
        return 0
    done
    die "no free port found on $HOST (tried $attempt)"
}

# ---- PostgreSQL ------------------------------------------------------------------------------------------------

find_bindir() {
    local dir
    for dir in $(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V -r); do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]]; then
            echo "$dir"
            return 0
        fi
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v pg_ctl)")"
        return 0
    fi
    return 1
}

ensure_postgres() {
    local dir
    if dir=$(find_bindir); then
        echo "$dir"
        return 0
    fi
    [[ $(id -u) -eq 0 ]] || die "PostgreSQL server binaries not found; install Debian's 'postgresql' package (as root)"
    say "PostgreSQL not found: installing Debian's 'postgresql' package"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
    find_bindir || die "installed 'postgresql' but found no initdb/pg_ctl under /usr/lib/postgresql/*/bin"
}

# Runs a server program as the cluster's owner: `postgres` when we are root (initdb refuses root), else ourselves.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# The folder for the cluster: runs/farm/pg, unless the `postgres` user cannot reach it (e.g. a checkout under
# /root); then a private folder under /tmp, recorded in runs/farm/state so that stop finds and removes it.
make_pgbase() {
    local base="$FARM/pg"
    mkdir -p "$base"
    if [[ $(id -u) -eq 0 ]]; then
        id postgres >/dev/null 2>&1 \
            || useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
        chown postgres "$base"
        if ! runuser -u postgres -- test -w "$base"; then
            rmdir "$base"
            base=$(mktemp -d "${TMPDIR:-/tmp}/dipole-farm-pg.XXXXXX")
            chown postgres "$base"
        fi
    fi
    chmod 700 "$base"
    echo "$base"
}

new_secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

start_postgres() {
    local bindir=$1 base=$2 password=$3 admin_password port attempt
    admin_password=$(new_secret)
    # The superuser's password only lives in a file of the cluster's owner during initdb, then is forgotten.
    ( umask 077; printf '%s\n' "$admin_password" >"$base/.pwfile" )
    [[ $(id -u) -eq 0 ]] && chown postgres "$base/.pwfile"
    as_owner "$bindir/initdb" -D "$base/data" -U postgres --pwfile="$base/.pwfile" \
        --auth-local=peer --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
        >"$FARM/initdb.log" 2>&1 || { cat "$FARM/initdb.log" >&2; die "initdb failed"; }
    rm -f "$base/.pwfile"

    port=""
    for attempt in 1 2 3 4 5; do
        free_port
        port=$FREE_PORT
        # TCP on loopback only, no Unix socket (nothing to collide with a system server), password auth.
        if as_owner "$bindir/pg_ctl" -D "$base/data" -l "$base/postgres.log" -w -t 60 \
            -o "-c listen_addresses=$HOST -c port=$port -c unix_socket_directories= -c max_connections=200" \
            start >/dev/null 2>&1; then
            break
        fi
        say "PostgreSQL did not start on port $port (attempt $attempt); trying another"
        port=""
    done
    [[ -n "$port" ]] || { tail -n 20 "$base/postgres.log" >&2 || true; die "could not start PostgreSQL"; }

    # The passwords go through stdin and the environment, never through arguments (visible in `ps`).
    PGPASSWORD=$admin_password "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$port" -U postgres \
        -d postgres >/dev/null <<SQL || die "could not create the database"
CREATE ROLE $DB_USER LOGIN PASSWORD '$password';
CREATE DATABASE $DB_NAME OWNER $DB_USER;
SQL
    echo "$port"
}

stop_postgres() {
    local bindir=$1 data=$2 pid=""
    [[ -f "$data/postmaster.pid" ]] || return 0
    pid=$(head -n 1 "$data/postmaster.pid")
    as_owner "$bindir/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null 2>&1 \
        || as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1 \
        || say "pg_ctl could not stop the server in $data"
    # pg_ctl returns once the pid file is gone; the postmaster itself may take a moment more to exit.
    for _ in $(seq 1 50); do
        [[ -n "$pid" && -d "/proc/$pid" ]] || break
        sleep 0.2
    done
}

# ---- workers ---------------------------------------------------------------------------------------------------

# Does `dipole worker --help` mention OPTION? Lets the script use health options only when this build has them.
worker_has() { grep -q -- "$1" <<<"$WORKER_HELP"; }

start_worker() {
    local i=$1 store=$2 dir="$FARM/workers/$1" port="" pid
    local args=(worker --store "$store")
    [[ "$FARM_CONCURRENCY" == "default" ]] || args+=(--concurrency "$FARM_CONCURRENCY")
    if worker_has --health-port; then
        free_port
        port=$FREE_PORT
        args+=(--health-port "$port")
        worker_has --health-host && args+=(--health-host "$HOST")
    fi
    mkdir -p "$dir"
    # Each worker runs in its own folder (its relative runs/ logs land there) and its own session, so a Ctrl-C
    # in this terminal does not reach it. PGPASSWORD reaches it through its environment only.
    ( cd "$dir" && PGPASSWORD=$PASSWORD DIPOLE_STORE=$store exec setsid "$DIPOLE_CMD" "${args[@]}" \
        </dev/null >"$dir/worker.log" 2>&1 ) &
    pid=$!
    sleep 0.2
    echo "worker-$i $pid $(start_time "$pid") $port" >>"$FARM/pids"
}

# ---- commands --------------------------------------------------------------------------------------------------

cmd_start() {
    local n=${1:-}
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "usage: farm.sh start N (N workers, N >= 1; got '${n}')"
    [[ "$FARM_CONCURRENCY" =~ ^([1-9][0-9]*|default)$ ]] || die "FARM_CONCURRENCY must be a positive integer or 'default'"
    if [[ -f "$FARM/pids" ]]; then
        die "a farm is already recorded in $FARM/pids; run 'deploy/local/farm.sh stop' first"
    fi
    [[ -x "$DIPOLE_CMD" ]] || die "DIPOLE_CMD '$DIPOLE_CMD' is not an executable file"

    # Build once (the launcher builds on first use) and check this dipole has the worker verb.
    say "checking '$DIPOLE_CMD worker --help' (builds dipole on first use)"
    WORKER_HELP=$("$DIPOLE_CMD" worker --help 2>&1) \
        || die "'$DIPOLE_CMD worker --help' failed (a build error, or no worker verb in this dipole): $(head -c 400 <<<"$WORKER_HELP")"
    worker_has --health-port || say "this dipole has no --health-port: workers start without health endpoints"
    if worker_has --health-port && ! worker_has --health-host; then
        say "note: this dipole's worker health endpoint listens on all interfaces (no --health-host option)"
    fi

    rm -rf "$FARM"
    mkdir -p "$FARM/workers"
    STARTING=1
    trap on_start_exit EXIT

    local bindir base port
    bindir=$(ensure_postgres)
    base=$(make_pgbase)
    PASSWORD=$(new_secret)
    printf 'BINDIR=%q\nPGBASE=%q\n' "$bindir" "$base" >"$FARM/state"
    say "starting PostgreSQL ($bindir) in $base"
    port=$(start_postgres "$bindir" "$base" "$PASSWORD")
    local store="postgres://$DB_USER@$HOST:$port/$DB_NAME"
    printf 'PORT=%q\nSTORE=%q\n' "$port" "$store" >>"$FARM/state"
    echo "postgres $(head -n 1 "$base/data/postmaster.pid") $(start_time "$(head -n 1 "$base/data/postmaster.pid")") $port" \
        >"$FARM/pids"
    ( umask 077; printf "export PGPASSWORD='%s' DIPOLE_STORE='%s'\n" "$PASSWORD" "$store" >"$FARM/env" )
    chmod 600 "$FARM/env"

    local i
    for i in $(seq 1 "$n"); do
        start_worker "$i" "$store"
    done

    # A worker that dies at once (bad store, unknown option) is an error: show its log and undo everything.
    sleep 2
    local name pid start wport dead=0
    while read -r name pid start wport; do
        [[ "$name" == worker-* ]] || continue
        if ! same_process "$pid" "$start"; then
            say "$name (pid $pid) exited at once; the end of its log:"
            tail -n 15 "$FARM/workers/${name#worker-}/worker.log" >&2 || true
            dead=1
        fi
    done <"$FARM/pids"
    [[ $dead -eq 0 ]] || die "not every worker started; stopping the farm"

    wait_ready
    STARTING=0
    trap - EXIT

    cat <<EOF
Farm running: PostgreSQL on $HOST:$port, $n worker(s); logs in runs/farm/.
In the shell that runs the scan, load the store and its password (the password is only in runs/farm/env):
  . runs/farm/env        # export PGPASSWORD=… DIPOLE_STORE=$store
Then run the coordinator alone (the farm's workers compute):
  ./dipole scan SPEC.yaml --store $store --workers 0 --out out/
  ./dipole status SCAN --store $store
When done: deploy/local/farm.sh stop   (deletes the database: export the results first)
EOF
}

# Waits for each worker's /readyz when curl and --health-port are there; a slow worker is only reported.
wait_ready() {
    command -v curl >/dev/null 2>&1 || return 0
    local name pid start wport deadline
    deadline=$(( SECONDS + FARM_READY_WAIT ))
    while read -r name pid start wport; do
        [[ "$name" == worker-* && -n "$wport" ]] || continue
        until curl -fsS -o /dev/null --max-time 2 "http://$HOST:$wport/readyz" 2>/dev/null; do
            if (( SECONDS >= deadline )); then
                say "$name is not ready yet (http://$HOST:$wport/readyz); see 'farm.sh status' and its log"
                break
            fi
            sleep 1
        done
    done <"$FARM/pids"
}

on_start_exit() {
    local rc=$?
    if [[ "${STARTING:-0}" -eq 1 ]]; then
        say "start failed; cleaning up"
        FARM_STOP_TIMEOUT=10 cmd_stop || true
    fi
    exit "$rc"
}

cmd_status() {
    [[ -f "$FARM/pids" ]] || { echo "no farm running (no $FARM/pids)"; return 0; }
    local name pid start port state ready health
    # shellcheck disable=SC1091
    . "$FARM/state"
    echo "store: ${STORE:-?}   (. runs/farm/env to use it)"
    printf '%-10s %-8s %-8s %-6s %-8s %-8s %s\n' NAME PID STATE PORT READYZ HEALTHZ LOG
    while read -r name pid start port; do
        state=dead
        same_process "$pid" "$start" && state=running
        ready=-
        health=-
        if [[ "$name" == postgres ]]; then
            if [[ -x "${BINDIR:-}/pg_isready" ]] && "$BINDIR/pg_isready" -q -h "$HOST" -p "$port"; then ready=yes; fi
            printf '%-10s %-8s %-8s %-6s %-8s %-8s %s\n' "$name" "$pid" "$state" "$port" "$ready" - \
                "${PGBASE:-?}/postgres.log"
            continue
        fi
        if [[ -n "$port" ]] && command -v curl >/dev/null 2>&1; then
            ready=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$HOST:$port/readyz" 2>/dev/null || true)
            health=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$HOST:$port/healthz" 2>/dev/null || true)
        fi
        printf '%-10s %-8s %-8s %-6s %-8s %-8s %s\n' "$name" "$pid" "$state" "${port:--}" "${ready:--}" \
            "${health:--}" "runs/farm/workers/${name#worker-}/worker.log"
    done <"$FARM/pids"
}

cmd_stop() {
    if [[ ! -f "$FARM/pids" && ! -f "$FARM/state" ]]; then
        say "no farm recorded in $FARM; nothing to stop"
        return 0
    fi
    local name pid start port left deadline
    if [[ -f "$FARM/pids" ]]; then
        # SIGTERM: each worker finishes or gives back its shard and exits.
        while read -r name pid start port; do
            [[ "$name" == worker-* ]] || continue
            if same_process "$pid" "$start"; then
                kill -TERM "$pid" 2>/dev/null || true
            fi
        done <"$FARM/pids"
        deadline=$(( SECONDS + FARM_STOP_TIMEOUT ))
        while :; do
            left=0
            while read -r name pid start port; do
                [[ "$name" == worker-* ]] && same_process "$pid" "$start" && left=$(( left + 1 ))
            done <"$FARM/pids"
            (( left == 0 )) && break
            if (( SECONDS >= deadline )); then
                say "$left worker(s) still running after ${FARM_STOP_TIMEOUT}s: SIGKILL"
                while read -r name pid start port; do
                    if [[ "$name" == worker-* ]] && same_process "$pid" "$start"; then
                        kill -KILL "$pid" 2>/dev/null || true
                    fi
                done <"$FARM/pids"
                sleep 1
                break
            fi
            sleep 1
        done
    fi

    local BINDIR="" PGBASE=""
    if [[ -f "$FARM/state" ]]; then
        # shellcheck disable=SC1091
        . "$FARM/state"
    fi
    if [[ -n "$PGBASE" && -d "$PGBASE/data" ]]; then
        [[ -n "$BINDIR" ]] || BINDIR=$(find_bindir || true)
        stop_postgres "$BINDIR" "$PGBASE/data"
    fi
    # Keep the logs for a look afterwards; everything else (database, password, pids) goes.
    if [[ -n "$PGBASE" && -d "$PGBASE" ]]; then
        [[ -f "$PGBASE/postgres.log" ]] && cp "$PGBASE/postgres.log" "$FARM/postgres.log"
        rm -rf "$PGBASE"
    fi
    rm -f "$FARM/env" "$FARM/pids" "$FARM/state" "$FARM/initdb.log"
    say "stopped; logs kept in runs/farm/ until the next start"
}

case "${1:-}" in
    start) shift; cmd_start "$@" ;;
    status) cmd_status ;;
    stop) cmd_stop ;;
    *) usage ;;
esac
