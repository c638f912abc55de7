#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Team mode on one machine: a throwaway PostgreSQL 15, `db init`, two operator
# roles (alice, bob) and a server role, the Ripio sandbox, two `ticketdesk
# serve` and two desktops, one per operator. Ctrl+C stops it all and deletes
# the database.
#
#   scripts/team-demo.sh            with the two desktops (needs a display)
#   scripts/team-demo.sh --check    no desktops: alice queues a ticket from the
#                                   command line, a server sends it, the script
#                                   waits for CREATED and stops (exit 0 on success)
#
# The sandbox posts every outcome to the first server (a real setup puts a load
# balancer in front of both); both servers claim and send queued tickets.
# Passwords reach each process through PGPASSWORD, never its command line.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${TICKETDESK_BUILD:-$root/build/gcc}
exe=$build/src/app/ticketdesk
sandbox_exe=$build/src/sandbox/ripio-sandbox
check=0
[ "${1:-}" = "--check" ] && check=1

for f in "$exe" "$sandbox_exe"; do
    [ -x "$f" ] || { echo "team-demo: $f is missing: build first (see the README)" >&2; exit 1; }
done

state=$(mktemp -d /tmp/ticketdesk-team-demo.XXXXXX)
pids=()
stop() {
    trap - INT TERM EXIT
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    "$root/scripts/pg-throwaway.sh" stop "$state/pg" >/dev/null 2>&1 || true
    rm -rf "$state"
}
trap stop INT TERM EXIT

"$root/scripts/pg-throwaway.sh" start "$state/pg" >/dev/null
admin=$(cat "$state/pg/url")
port=$(cat "$state/pg/port")
base="postgresql://127.0.0.1:$port"
psql -q -v ON_ERROR_STOP=1 "$admin" -c "CREATE DATABASE ticketdesk" >/dev/null
db_admin="${admin%/postgres}/ticketdesk"
"$exe" db init --db "$db_admin" >/dev/null
pw() { head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
alice_pw=$(pw); bob_pw=$(pw); srv_pw=$(pw)
psql -q -v ON_ERROR_STOP=1 "$db_admin" >/dev/null <<SQL
CREATE ROLE alice LOGIN PASSWORD '$alice_pw' IN ROLE ticketdesk_operator;
CREATE ROLE bob LOGIN PASSWORD '$bob_pw' IN ROLE ticketdesk_operator;
CREATE ROLE ticketdesk_srv LOGIN PASSWORD '$srv_pw' IN ROLE ticketdesk_server;
SQL
echo "team-demo: PostgreSQL 15 on 127.0.0.1:$port, database ticketdesk, roles alice, bob (operators) and ticketdesk_srv"

# A port nothing answers on (a race with another program is possible, and harmless here).
# Below the kernel's ephemeral range (32768 and up on Linux): there, any outgoing
# connection (other tests run beside the check) may take the port between this
# probe and the server's bind.
free_port() {
    local p
    while :; do
        p=$((20000 + RANDOM % 12768))
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
    done
}
# Three different ones: nothing listens on them yet, so the probe alone could repeat one.
sandbox_port=$(free_port)
serve_ports=("$(free_port)" "$(free_port)")
while [ "${serve_ports[0]}" = "$sandbox_port" ]; do serve_ports[0]=$(free_port); done
while [ "${serve_ports[1]}" = "$sandbox_port" ] || [ "${serve_ports[1]}" = "${serve_ports[0]}" ]; do
    serve_ports[1]=$(free_port)
done
export XDG_CONFIG_HOME="$state/config" XDG_DATA_HOME="$state/data"
export TICKETDESK_WEBHOOK_SECRET=demo-webhook-secret
"$sandbox_exe" --listen "127.0.0.1:$sandbox_port" --webhook-delay 800 \
    --webhook-url "http://127.0.0.1:${serve_ports[0]}/webhooks/ripio" >"$state/sandbox.log" 2>&1 &
pids+=($!)
for i in 0 1; do
    PGPASSWORD=$srv_pw TICKETDESK_CLIENT_ID=demo-client TICKETDESK_CLIENT_SECRET=demo-secret \
        "$exe" serve --db "$base/ticketdesk?user=ticketdesk_srv" --listen "127.0.0.1:${serve_ports[$i]}" \
        --api-base "http://127.0.0.1:$sandbox_port/" >"$state/serve$i.log" 2>&1 &
    pids+=($!)
done
# Until the sandbox and both servers listen (what they print to stdout and
# stderr themselves, whatever the logging rules). A fixed pause of 2 s could
# end before a slow start (a sanitizer build, a loaded machine): an outcome
# posted before the first server listens is retried only after the sandbox's
# growing pauses, too late for the check's 30 s.
# shellcheck source=scripts/waitforline.sh
. "$root/scripts/waitforline.sh"
wait_for_line "team-demo: the sandbox" "$state/sandbox.log" "http://127.0.0.1:$sandbox_port/" "${pids[0]}"
for i in 0 1; do
    wait_for_line "team-demo: server $i" "$state/serve$i.log" "listening on http://127.0.0.1:${serve_ports[$i]}/" \
        "${pids[$((i + 1))]}"
done
echo "team-demo: sandbox on :$sandbox_port, servers on :${serve_ports[0]} and :${serve_ports[1]}"

unset TICKETDESK_WEBHOOK_SECRET
if [ "$check" -eq 1 ]; then
    status=0
    out=$(PGPASSWORD=$alice_pw "$exe" create --db "$base/ticketdesk?user=alice" \
        --customer 11111111-2222-4333-8444-555555555555 --summary "Deposit not credited" \
        --wait 30 --json) || status=$?
    echo "$out"
    if [ "$status" -ne 0 ] || ! grep -q '"status":"CREATED"' <<<"$out" ||
        ! grep -q '"createdBy":"alice"' <<<"$out"; then
        echo "team-demo: the ticket did not end CREATED by alice (create exited $status)" >&2
        tail -n 20 "$state"/serve*.log "$state/sandbox.log" >&2
        exit 1
    fi
    PGPASSWORD=$srv_pw "$exe" db status --db "$base/ticketdesk?user=ticketdesk_srv"
    echo "team-demo: check passed"
    exit 0
fi

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "team-demo: no display, so no desktops; the servers run until Ctrl+C" >&2
else
    PGPASSWORD=$alice_pw "$exe" --db "$base/ticketdesk?user=alice" >"$state/alice.log" 2>&1 &
    pids+=($!)
    PGPASSWORD=$bob_pw "$exe" --db "$base/ticketdesk?user=bob" >"$state/bob.log" 2>&1 &
    pids+=($!)
    echo "team-demo: two desktops open, as alice and as bob"
fi
echo "team-demo: Ctrl+C stops everything"
wait
