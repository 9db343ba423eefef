#!/usr/bin/env bash
# Checks farm.sh end to end with a real PostgreSQL and a stand-in for `dipole` (so it needs no build and no worker
# verb). Runs a copy of farm.sh in a temporary folder, so a farm you have running in runs/farm is not touched.
#
#   deploy/local/farm-selftest.sh        ends with "N passed, N failed"; exit 0 only when nothing failed
#
# The stand-in answers `worker --help`, records its arguments and whether PGPASSWORD reached it, serves /healthz and
# /readyz on --health-port with python3's http.server when python3 is there, and exits 0 on SIGTERM (or ignores it
# when FAKE_IGNORE_TERM=1, or fails at once when FAKE_FAIL=1).
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dipole-farm-selftest.XXXXXX")
chmod 755 "$WORK"
mkdir -p "$WORK/deploy/local"
cp "$HERE/farm.sh" "$WORK/deploy/local/farm.sh"
FARMSH="$WORK/deploy/local/farm.sh"
FARM="$WORK/runs/farm"
PASS=0
FAIL=0

ok() { PASS=$((PASS + 1)); echo "ok   $*"; }
bad() { FAIL=$((FAIL + 1)); echo "FAIL $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }

cleanup() {
    FARM_STOP_TIMEOUT=5 "$FARMSH" stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

cat >"$WORK/fake-dipole" <<'FAKE'
#!/usr/bin/env bash
if [[ "${1:-}" == worker && "${2:-}" == --help ]]; then
    echo "Usage: dipole worker --store URI [--concurrency N] [--health-port PORT]"; exit 0
fi
[[ "${FAKE_FAIL:-0}" == 1 ]] && { echo "fake: failing at once" >&2; exit 1; }
port=""; prev=""
for a in "$@"; do [[ "$prev" == --health-port ]] && port=$a; prev=$a; done
echo "args: $*" >&2
echo "pgpassword: ${PGPASSWORD:+set}" >&2
child=""
if [[ -n "$port" ]] && command -v python3 >/dev/null 2>&1; then
    mkdir -p www && echo ok >www/healthz && echo ok >www/readyz
    python3 -m http.server --bind 127.0.0.1 --directory www "$port" >/dev/null 2>&1 &
    child=$!
fi
if [[ "${FAKE_IGNORE_TERM:-0}" == 1 ]]; then
    trap 'echo "fake: ignoring SIGTERM" >&2' TERM
else
    trap 'echo "fake: SIGTERM, exiting 0" >&2; [[ -n "$child" ]] && kill "$child"; exit 0' TERM
fi
while :; do sleep 1 & wait $!; done
FAKE
chmod 755 "$WORK/fake-dipole"
export DIPOLE_CMD="$WORK/fake-dipole" FARM_READY_WAIT=10

alive() { [[ -d "/proc/$1" ]]; }
none_alive() { local p; for p in "$@"; do alive "$p" && return 1; done; return 0; }
state_gone() { [[ ! -e "$FARM/env" && ! -e "$FARM/pids" && ! -e "$FARM/state" && ! -e "$FARM/pg" ]]; }

# ---- start, connect, status, stop ----
"$FARMSH" start 2 >"$WORK/start.out" 2>"$WORK/start.err"
check "start 2 exits 0" test $? -eq 0
check "env file is mode 600" test "$(stat -c %a "$FARM/env" 2>/dev/null)" = 600
PW=$(sed -n "s/.*PGPASSWORD='\([^']*\)'.*/\1/p" "$FARM/env")
PORT=$(sed -n 's/^PORT=//p' "$FARM/state")
BINDIR=$(sed -n 's/^BINDIR=//p' "$FARM/state")
check "a password was generated" test "${#PW}" -ge 32
check "start prints the scan command" grep -q -- "--workers 0" "$WORK/start.out"
# The password goes to psql through its environment only, as the workers get it.
sql() { PGPASSWORD=$1 "$BINDIR/psql" -X -Atq -h 127.0.0.1 -p "$PORT" -U dipole -d dipole -c "$2" 2>/dev/null; }
not_in_output() { ! grep -qF -- "$PW" "$WORK/start.out" "$WORK/start.err"; }
check "the password is not printed by start" not_in_output
check "psql logs in with the generated password" test "$(sql "$PW" 'select current_user')" = dipole
check "a wrong password is refused" test -z "$(sql wrong 'select 1')"
check "the server listens on 127.0.0.1 only" test "$(sql "$PW" 'show listen_addresses')" = 127.0.0.1
mapfile -t WORKER_PIDS < <(awk '$1 ~ /^worker-/ { print $2 }' "$FARM/pids")
PG_PID=$(awk '$1 == "postgres" { print $2 }' "$FARM/pids")
check "two workers and the server are recorded in pids" test "${#WORKER_PIDS[@]}" -eq 2 -a -n "$PG_PID"
are_stand_ins() {
    local p
    for p in "$@"; do
        tr '\0' ' ' <"/proc/$p/cmdline" | grep -q "fake-dipole worker --store postgres://dipole@127.0.0.1:" || return 1
    done
}
both_logs_say() { grep -q -- "$1" "$FARM/workers/1/worker.log" && grep -q -- "$1" "$FARM/workers/2/worker.log"; }
check "recorded worker pids are the running stand-ins" are_stand_ins "${WORKER_PIDS[@]}"
check "workers received PGPASSWORD through the environment" both_logs_say "pgpassword: set"
leak=0
for f in /proc/[0-9]*/cmdline; do
    [[ "$f" == "/proc/$$/cmdline" ]] && continue
    { tr '\0' ' ' <"$f"; } 2>/dev/null | grep -qF -- "$PW" && leak=1
done
check "no process has the password among its arguments" test "$leak" -eq 0
"$FARMSH" status >"$WORK/status.out" 2>&1
check "status lists two running workers" test "$(grep -c '^worker-[0-9]* .* running' "$WORK/status.out")" -eq 2
if command -v curl >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then
    check "status shows /readyz 200 for both workers" test "$(grep -c '^worker-.* running .* 200 ' "$WORK/status.out")" -eq 2
fi
"$FARMSH" start 1 >/dev/null 2>&1
check "a second start is refused while a farm is recorded" test $? -ne 0
"$FARMSH" stop >/dev/null 2>&1
check "stop exits 0" test $? -eq 0
check "workers got SIGTERM and exited" both_logs_say "SIGTERM, exiting 0"
check "no recorded process is left" none_alive "${WORKER_PIDS[@]}" "$PG_PID"
check "database, password, pids and state are removed" state_gone
check "worker logs are kept" test -f "$FARM/workers/1/worker.log"

# ---- a worker that ignores SIGTERM is killed after FARM_STOP_TIMEOUT ----
FAKE_IGNORE_TERM=1 FARM_READY_WAIT=1 "$FARMSH" start 1 >/dev/null 2>&1
mapfile -t WORKER_PIDS < <(awk '$1 ~ /^worker-/ { print $2 }' "$FARM/pids")
FARM_STOP_TIMEOUT=2 "$FARMSH" stop >"$WORK/stop.out" 2>&1
check "a straggler is killed with SIGKILL" grep -q "SIGKILL" "$WORK/stop.out"
check "no straggler is left" none_alive "${WORKER_PIDS[@]}"
check "state removed after the straggler stop" state_gone

# ---- a worker that fails at once makes start fail and undo itself ----
FAKE_FAIL=1 "$FARMSH" start 2 >/dev/null 2>"$WORK/fail.err"
check "start fails when a worker exits at once" test $? -ne 0
check "the failing worker's log is shown" grep -q "failing at once" "$WORK/fail.err"
check "a failed start leaves no state" state_gone

echo "farm-selftest: $PASS passed, $FAIL failed"
[[ $FAIL -eq 0 ]]
