#!/usr/bin/env bash
# Stops the PostgreSQL started by start.sh and removes its state folder: tests/postgres/stop.sh BASE
set -uo pipefail

BASE=${1:?usage: stop.sh BASE (the folder printed by start.sh)}
if [[ ! -f "$BASE/env" && ! -d "$BASE/data" ]]; then
    echo "postgres/stop.sh: $BASE is not a folder made by start.sh; nothing to do" >&2
    exit 0
fi

BINDIR=""
if [[ -f "$BASE/env" ]]; then
    # shellcheck disable=SC1091
    BINDIR=$(. "$BASE/env"; echo "${DIPOLE_TEST_POSTGRES_BINDIR:-}")
fi
if [[ -z "$BINDIR" ]]; then
    BINDIR=$(dirname "$(readlink -f "$(command -v pg_ctl)")" 2>/dev/null || true)
fi

RUN_AS=()
if [[ $(id -u) -eq 0 ]] && id postgres >/dev/null 2>&1; then
    RUN_AS=(runuser -u postgres --)
fi

if [[ -n "$BINDIR" && -f "$BASE/data/postmaster.pid" ]]; then
    "${RUN_AS[@]}" "$BINDIR/pg_ctl" -D "$BASE/data" -m fast -w -t 60 stop >/dev/null \
        || "${RUN_AS[@]}" "$BINDIR/pg_ctl" -D "$BASE/data" -m immediate -w stop >&2 \
        || true
fi
case "$BASE" in
    */dipole-pg.*) rm -rf -- "$BASE" ;;
    *) echo "postgres/stop.sh: refusing to delete $BASE (not a dipole-pg.* folder)" >&2 ;;
esac
