#!/bin/sh
# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Issue 12's side-by-side webhook benchmark, in one run on 127.0.0.1: the same
# pre-signed SUPPORT_TICKET.CREATED events (bench/wrk/gen-webhooks.py, a new
# ticketId each) sent with wrk -t1 -cCONNECTIONS to
#   serve-sqlite  ticketdesk serve on a fresh SQLite file (WAL, synchronous=FULL)
#   node          bench/node-receiver (node:http + HMAC + JSON + better-sqlite3,
#                 one transaction per request). Once, in bench/node-receiver:
#                 npm ci && npm install-scripts approve better-sqlite3 && npm rebuild better-sqlite3
#                 (npm 11 runs no install script unapproved; the rebuild compiles it)
#   nginx         nginx answering 204 with no work (Debian nginx-light; a
#                 temporary config, 127.0.0.1 only): the transport's ceiling
#   serve-pg      ticketdesk serve on PostgreSQL (synchronous_commit=on), when
#                 PG_URL names a fresh database or PG=1 (a throwaway server from
#                 scripts/pg-throwaway.sh)
#   serve-before  as serve-sqlite, with the binary BEFORE names: an older build
#                 (say, from a git worktree) against this one, in the same
#                 interleaved rounds. Only when asked for.
# ROUNDS interleaved rounds (each target in turn, a fresh store each time),
# WARMUP s of warm-up then SECONDS_MEASURED s measured each; prints every run
# and, per target, the median events/s and p99. After each store run it counts
# the rows: every acknowledged event must be one ticket.
#
#   bench/wrk-compare.sh [TARGET...]        (default: serve-sqlite node nginx, + serve-pg with PG)
#   bench/wrk-compare.sh serve-before serve-sqlite   (with BEFORE=/path/to/older/ticketdesk)
#   env: TICKETDESK, BEFORE, CONNECTIONS (32), WARMUP (3), SECONDS_MEASURED (10), ROUNDS (3),
#        EVENTS (events per pre-signed file, 400000), PG=1 or PG_URL, PORT (18787)
# Benchmarks, not tests: ctest never runs this.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ticketdesk=${TICKETDESK:-$here/../build/gcc/src/app/ticketdesk}
connections=${CONNECTIONS:-32}
warmup=${WARMUP:-3}
measured=${SECONDS_MEASURED:-10}
rounds=${ROUNDS:-3}
events=${EVENTS:-400000}
port=${PORT:-18787}
pg_url=${PG_URL:-}
command -v wrk >/dev/null || { echo "wrk-compare: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
before=${BEFORE:-}
case " $* " in
*" serve-before "*)
    [ -x "$before" ] || { echo "wrk-compare: serve-before needs BEFORE=/path/to/an/older/ticketdesk" >&2; exit 1; }
    ;;
esac

targets=${*:-}
if [ -z "$targets" ]; then
    targets="serve-sqlite node nginx"
    if [ -n "$pg_url" ] || [ "${PG:-0}" = 1 ]; then targets="$targets serve-pg"; fi
fi

work=$(mktemp -d)
server_pid=
pg_dir=
stop_server() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=
}
cleanup() {
    stop_server
    [ -n "$pg_dir" ] && "$here/../scripts/pg-throwaway.sh" stop "$pg_dir" >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

secret=wrk-compare-secret-$$
echo "== pre-signing $events + $events events"
python3 "$here/wrk/gen-webhooks.py" "$secret" 1 "$events" "$work/warmup.txt"
python3 "$here/wrk/gen-webhooks.py" "$secret" 2 "$events" "$work/measured.txt"

# shellcheck source=scripts/waitforline.sh
. "$here/../scripts/waitforline.sh"

fresh_pg() { # a new database on the throwaway server, or PG_URL emptied
    if [ -n "$pg_dir" ]; then
        db=bench_$1
        psql "$(cat "$pg_dir/url")" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
        sed "s#/[^/?]*\(?\|\$\)#/$db\1#" "$pg_dir/url"
    else
        psql "$pg_url" -qc 'DROP SCHEMA public CASCADE' -c 'CREATE SCHEMA public' >/dev/null
        echo "$pg_url"
    fi
}

case " $targets " in
*" serve-pg "*)
    if [ -z "$pg_url" ]; then
        pg_dir=$work/pg
        "$here/../scripts/pg-throwaway.sh" start "$pg_dir" >/dev/null
    fi
    ;;
esac

start_target() { # TARGET ROUND: starts it on $port; sets $db (the store, if any)
    db=
    log=$work/$1-$2.log
    case $1 in
    serve-sqlite | serve-pg | serve-before)
        if [ "$1" = serve-pg ]; then db=$(fresh_pg "$2"); else db=$work/$1-$2.sqlite; fi
        binary=$ticketdesk
        if [ "$1" = serve-before ]; then binary=$before; fi
        mkdir -p "$work/config" "$work/data"
        TICKETDESK_WEBHOOK_SECRET=$secret XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data \
            DBUS_SESSION_BUS_ADDRESS='' "$binary" serve --listen "127.0.0.1:$port" --db "$db" >"$log" 2>&1 &
        server_pid=$!
        wait_for_line "wrk-compare: serve" "$log" "listening on http://127.0.0.1:$port/" "$server_pid"
        ;;
    node)
        [ -d "$here/node-receiver/node_modules" ] ||
            { echo "wrk-compare: set up bench/node-receiver first (see the top of this script)" >&2; exit 1; }
        db=$work/$1-$2.sqlite
        WEBHOOK_SECRET=$secret node "$here/node-receiver/receiver.js" "$port" "$db" >"$log" 2>&1 &
        server_pid=$!
        wait_for_line "wrk-compare: the Node receiver" "$log" "listening on" "$server_pid"
        ;;
    nginx)
        mkdir -p "$work/nginx"
        cat >"$work/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    server {
        listen 127.0.0.1:$port;
        location / { return 204; }
    }
}
CONF
        nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" >"$log" 2>&1 &
        server_pid=$!
        sleep 0.5
        until curl -s -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.1; done
        ;;
    *)
        echo "wrk-compare: unknown target $1" >&2
        exit 1
        ;;
    esac
}

count_rows() { # TARGET: tickets in $db
    case $1 in
    serve-pg) psql "$db" -Atc 'SELECT count(*) FROM tickets' ;;
    serve-sqlite | serve-before | node) sqlite3 "$db" 'SELECT count(*) FROM tickets' ;;
    *) echo - ;;
    esac
}

url=http://127.0.0.1:$port/webhooks/ripio
results=$work/results
: >"$results"
round=1
while [ "$round" -le "$rounds" ]; do
    for target in $targets; do
        start_target "$target" "$round"
        wrk -t1 -c"$connections" -d"${warmup}s" -s "$here/wrk/wrk-webhooks.lua" "$url" -- "$work/warmup.txt" \
            >"$work/warm.out"
        wrk -t1 -c"$connections" -d"${measured}s" --latency -s "$here/wrk/wrk-webhooks.lua" "$url" -- \
            "$work/measured.txt" >"$work/wrk.out"
        rss=$(grep VmHWM "/proc/$server_pid/status" 2>/dev/null | tr -s ' \t' ' ' | cut -d' ' -f2)
        stop_server
        line=$(tail -n 1 "$work/wrk.out")
        answered=$(($(sed -n 's/^requests \([0-9]*\) .*/\1/p' "$work/warm.out") +
            $(echo "$line" | sed -n 's/^requests \([0-9]*\) .*/\1/p')))
        rows=$(count_rows "$target")
        echo "round $round $target: $line | peak RSS ${rss:-?} kB | tickets $rows, answered $answered" | tee -a "$results"
    done
    round=$((round + 1))
done

echo "== median of $rounds rounds (wrk -t1 -c$connections, ${warmup}s warm-up, ${measured}s measured)"
for target in $targets; do
    rate=$(grep " $target: " "$results" | sed -n 's/.*events\/s \([0-9]*\) .*/\1/p' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    p99=$(grep " $target: " "$results" | sed -n 's/.*p99 \([0-9.]*\) ms.*/\1/p' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    printf '%-13s %8s events/s   p99 %7s ms\n' "$target" "$rate" "$p99"
done
