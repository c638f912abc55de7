#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A throwaway PostgreSQL 15 server for the test suite. The ctest fixture (postgres_start,
# postgres_stop in tests/CMakeLists.txt) runs it; tests/support/pgtestdatabase.h reads what it
# writes.
#
#   scripts/pg-throwaway.sh start STATE_DIR     new cluster, started on 127.0.0.1 at a free port
#   scripts/pg-throwaway.sh stop STATE_DIR      immediate stop, everything deleted (tolerant)
#   scripts/pg-throwaway.sh restart STATE_DIR   fast restart on the same port (drops every connection)
#   scripts/pg-throwaway.sh url STATE_DIR       postgresql://postgres:PASSWORD@127.0.0.1:PORT/postgres
#
# The cluster lives in `mktemp -d /tmp/ticketdesk-pg.XXXXXX` because the postgres user may not be
# able to reach the build tree. As root (CI), initdb and pg_ctl run as the postgres user: initdb
# refuses root. Unix socket (in that directory): trust; TCP: scram-sha-256 with a random superuser
# password. fsync stays on (durability tests), max_connections=200. STATE_DIR receives `url`,
# `socket_dir`, `port` and `data_dir`; a start that fails leaves its message in `error` instead,
# for the tests to quote. The distribution's default cluster (port 5432) is never used: it may be
# absent or stopped. TICKETDESK_PG_BINDIR overrides /usr/lib/postgresql/15/bin.
set -euo pipefail

pgbin=${TICKETDESK_PG_BINDIR:-/usr/lib/postgresql/15/bin}
attempts=5

usage()
{
    echo "usage: scripts/pg-throwaway.sh start|stop|restart|url STATE_DIR" >&2
    exit 2
}

[ $# -eq 2 ] || usage
action=$1
state=$2
[ -n "$state" ] || usage

say() { echo "pg-throwaway: $*" >&2; }

# Runs a PostgreSQL program as the postgres user when we are root, as ourselves otherwise; from /
# so that a working directory the postgres user cannot enter does not matter.
as_pg()
{
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

need_binaries()
{
    local b
    for b in initdb pg_ctl postgres; do
        if [ ! -x "$pgbin/$b" ]; then
            echo "PostgreSQL 15 is not installed ($pgbin/$b is missing): install the Debian package" \
                "postgresql-15 (scripts/install-deps.sh does)"
            return 1
        fi
    done
    if [ "$(id -u)" -eq 0 ] && ! id -u postgres >/dev/null 2>&1; then
        echo "running as root needs the 'postgres' user, which the Debian package postgresql-15 creates"
        return 1
    fi
}

# Last lines of the server's log, indented, on stderr.
log_tail()
{
    local log=$1
    if [ -s "$log" ]; then
        say "last lines of $log:"
        tail -n 20 "$log" | sed 's/^/    /' >&2
    fi
}

random_port()
{
    local r
    r=$(od -An -tu2 -N2 /dev/urandom | tr -d ' ')
    # Below the kernel's ephemeral range (32768 and up), where outgoing connections take ports.
    echo $((10000 + r % 22000))
}

port_taken()
{
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

read_state()
{
    local f=$state/$1
    [ -s "$f" ] || return 1
    head -n 1 "$f"
}

# Stops the server STATE_DIR names, if any, and deletes its directory and STATE_DIR's files.
# Tolerant: a server already stopped or killed, or no server at all, is not an error.
stop_server()
{
    local data tmp
    data=$(read_state data_dir) || data=""
    if [ -n "$data" ]; then
        tmp=$(dirname "$data")
        if [ -f "$data/postmaster.pid" ] && [ -x "$pgbin/pg_ctl" ]; then
            as_pg "$pgbin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 ||
                say "the server in $data was not running"
        fi
        # Only ever a directory this script made.
        case "$tmp" in
        /tmp/ticketdesk-pg.??????) rm -rf -- "$tmp" ;;
        *) say "not deleting $tmp: not a directory made by this script" ;;
        esac
    fi
    rm -f -- "$state/url" "$state/socket_dir" "$state/port" "$state/data_dir" "$state/url.new"
}

# Reports a failed start with the tails of the given logs, deletes the cluster, leaves the message
# in STATE_DIR/error and exits.
fail_start()
{
    local message=$1 tmp=$2 log
    shift 2
    say "$message"
    for log in "$@"; do
        log_tail "$log"
    done
    rm -rf -- "$tmp"
    rm -f -- "$state/socket_dir" "$state/data_dir"
    echo "$message" >"$state/error"
    exit 1
}

start_server()
{
    local message tmp password port started=0 attempt
    mkdir -p "$state"
    rm -f -- "$state/error"
    # A server an interrupted run never stopped.
    stop_server

    if ! message=$(need_binaries); then
        say "$message"
        echo "$message" >"$state/error"
        exit 1
    fi

    umask 077
    tmp=$(mktemp -d /tmp/ticketdesk-pg.XXXXXX)
    password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$password" >"$tmp/pwfile"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres: "$tmp"
    fi
    # Known from the start, so that a stop after an interrupted start deletes it.
    echo "$tmp" >"$state/socket_dir"
    echo "$tmp/data" >"$state/data_dir"

    if ! as_pg "$pgbin/initdb" -D "$tmp/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 --pwfile="$tmp/pwfile" >"$tmp/initdb.log" 2>&1; then
        fail_start "initdb failed in $tmp/data" "$tmp" "$tmp/initdb.log"
    fi
    rm -f -- "$tmp/pwfile"
    cat >>"$tmp/data/postgresql.conf" <<EOF

# scripts/pg-throwaway.sh (the port is given on the command line, retried until one is free)
listen_addresses = '127.0.0.1'
unix_socket_directories = '$tmp'
max_connections = 200
fsync = on
EOF

    for attempt in $(seq 1 "$attempts"); do
        port=$(random_port)
        if port_taken "$port"; then
            say "port $port is taken (attempt $attempt of $attempts)"
            continue
        fi
        if as_pg "$pgbin/pg_ctl" -D "$tmp/data" -l "$tmp/log" -w -t 60 -o "-p $port" start \
            >>"$tmp/pg_ctl.log" 2>&1; then
            started=1
            break
        fi
        say "PostgreSQL did not start on port $port (attempt $attempt of $attempts)"
        log_tail "$tmp/log"
        # A server that was slow rather than dead must not hold the next attempt's data directory.
        as_pg "$pgbin/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
    done
    if [ "$started" -ne 1 ]; then
        fail_start "PostgreSQL 15 did not start on 127.0.0.1 (last port tried: $port) after $attempts attempts" \
            "$tmp" "$tmp/pg_ctl.log" "$tmp/log"
    fi

    echo "$port" >"$state/port"
    # The url last, in one rename: a reader never sees half of it.
    echo "postgresql://postgres:$password@127.0.0.1:$port/postgres" >"$state/url.new"
    mv -f -- "$state/url.new" "$state/url"
    echo "pg-throwaway: PostgreSQL 15 on 127.0.0.1:$port, socket and data in $tmp"
}

restart_server()
{
    local data port message tmp attempt
    if ! data=$(read_state data_dir) || ! port=$(read_state port); then
        say "no server in $state: run 'scripts/pg-throwaway.sh start $state' first"
        exit 1
    fi
    if ! message=$(need_binaries); then
        say "$message"
        exit 1
    fi
    tmp=$(dirname "$data")
    # Same port and log. pg_ctl restart fails when the postmaster dies (a kill -9, or a zombie
    # reaped) between its signal and its wait: a server found not running is started again, a few
    # times while the killed server's last backends let go of its shared memory.
    if as_pg "$pgbin/pg_ctl" -D "$data" -l "$tmp/log" -w -t 60 -m fast -o "-p $port" restart \
        >>"$tmp/pg_ctl.log" 2>&1; then
        echo "pg-throwaway: PostgreSQL 15 restarted on 127.0.0.1:$port"
        return
    fi
    for attempt in $(seq 1 "$attempts"); do
        if as_pg "$pgbin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
            break
        fi
        if as_pg "$pgbin/pg_ctl" -D "$data" -l "$tmp/log" -w -t 60 -o "-p $port" start >>"$tmp/pg_ctl.log" 2>&1; then
            echo "pg-throwaway: PostgreSQL 15 was not running; started again on 127.0.0.1:$port"
            return
        fi
        sleep 1
    done
    say "PostgreSQL did not restart on port $port"
    log_tail "$tmp/log"
    exit 1
}

case "$action" in
start) start_server ;;
stop)
    if [ -d "$state" ]; then
        stop_server
        echo "pg-throwaway: stopped"
    fi
    ;;
restart) restart_server ;;
url)
    if [ ! -s "$state/url" ]; then
        say "no server in $state: run 'scripts/pg-throwaway.sh start $state' first"
        exit 1
    fi
    cat -- "$state/url"
    ;;
*) usage ;;
esac
