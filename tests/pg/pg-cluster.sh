#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the pg tests (ctest fixture pg_cluster):
#   pg-cluster.sh start STATE   initdb in a new temporary folder, start it on 127.0.0.1 at a free
#                               port; write STATE/url (postgresql://postgres@127.0.0.1:PORT/postgres)
#                               and STATE/cluster (the folder)
#   pg-cluster.sh stop STATE    stop it and remove its folder
# As root (CI) the server runs as the unprivileged user postgres (Debian's postgresql package
# makes it); as anyone else, as that user. Trust authentication, on 127.0.0.1 only: nothing
# outside this machine reaches it, and it lives only for the test run.
set -euo pipefail
cmd=${1:-}
state=${2:-}
[[ -n "$state" && ( "$cmd" == start || "$cmd" == stop ) ]] || {
    echo "usage: pg-cluster.sh start|stop STATE" >&2
    exit 2
}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x "$bin/initdb" ]] || {
    echo "PostgreSQL is not installed (Debian package postgresql; bash .ci/quickstart.sh test installs it)" >&2
    exit 1
}
as_owner() {
    if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
    [[ -f "$state/cluster" ]] || return 0
    local dir
    dir=$(cat "$state/cluster")
    if [[ -d "$dir/data" ]]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    rm -f "$state/cluster" "$state/url"
}

case "$cmd" in
start)
    mkdir -p "$state"
    stop # a cluster a killed run left behind
    # In the temporary folder, not the build tree: the postgres user may not enter a home folder.
    dir=$(mktemp -d "${TMPDIR:-/tmp}/ql-pg.XXXXXX")
    echo "$dir" >"$state/cluster"
    if [[ $(id -u) == 0 ]]; then chown postgres "$dir"; fi
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 \
        || { cat "$state/initdb.log" >&2; exit 1; }
    # One database name the server refuses by its pg_hba.conf (first line wins), for the test of
    # that message (PgConnectTest).
    sed -i '1i host ql_hba_refused all 127.0.0.1/32 reject' "$dir/data/pg_hba.conf"
    # A free port: try a few from one that depends on this process, so parallel runs differ.
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + (RANDOM + $$ * 7 + attempt * 997) % 30000))
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60 -c deadlock_timeout=50ms" start >/dev/null; then
            echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$state/url"
            echo "PostgreSQL test cluster on 127.0.0.1:$port in $dir"
            exit 0
        fi
    done
    cat "$dir/server.log" >&2 || true
    echo "The test cluster did not start" >&2
    exit 1
    ;;
stop)
    stop
    ;;
esac
