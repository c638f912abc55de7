#!/bin/sh
# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Webhook throughput of `ticketdesk serve` into a store, driven by wrk (Debian
# package wrk): distinct, correctly signed SUPPORT_TICKET.CREATED events (a new
# ticketId per request, pre-signed by bench/wrk/gen-webhooks.py, sent by
# bench/wrk/wrk-webhooks.lua), WARMUP s of warm-up then SECONDS s measured with
# wrk -t1 -cCONNECTIONS. DB is a SQLite path or a PostgreSQL URL (use a fresh
# one: serve migrates it). 127.0.0.1 only. At the end it counts the store's
# tickets (psql or sqlite3): one per acknowledged event of both runs.
#
#   bench/wrk-webhooks.sh DB [PORT]
#   env: TICKETDESK (default build/gcc/src/app/ticketdesk), CONNECTIONS (32),
#        WARMUP (3), SECONDS_MEASURED (10), EVENTS (events per pre-signed file, 200000),
#        MAX_DELIVERIES (serve's delivery budget; see bench/wrk/serve.sh)
set -eu
db=${1:?usage: wrk-webhooks.sh DB [PORT]}
port=${2:-18787}
here=$(cd "$(dirname "$0")" && pwd)
ticketdesk=${TICKETDESK:-$here/../build/gcc/src/app/ticketdesk}
connections=${CONNECTIONS:-32}
warmup=${WARMUP:-3}
measured=${SECONDS_MEASURED:-10}
events=${EVENTS:-200000}
command -v wrk >/dev/null || { echo "wrk-webhooks: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d)
# shellcheck source=bench/wrk/serve.sh
. "$here/wrk/serve.sh"
cleanup() {
    stop_serve
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

secret=wrk-bench-secret-$$
python3 "$here/wrk/gen-webhooks.py" "$secret" 1 "$events" "$work/warmup.txt"
python3 "$here/wrk/gen-webhooks.py" "$secret" 2 "$events" "$work/measured.txt"

start_serve wrk-webhooks "$db" "$secret" "$port"

url=http://127.0.0.1:$port/webhooks/ripio
echo "== warm-up ${warmup}s"
wrk -t1 -c"$connections" -d"${warmup}s" -s "$here/wrk/wrk-webhooks.lua" "$url" -- "$work/warmup.txt" | tail -n 1 | tee "$work/warmup.out"
echo "== measured ${measured}s: wrk -t1 -c$connections -d${measured}s --latency"
wrk -t1 -c"$connections" -d"${measured}s" --latency -s "$here/wrk/wrk-webhooks.lua" "$url" -- "$work/measured.txt" |
    tee "$work/wrk.out"
warmup_requests=$(sed -n 's/^requests \([0-9]*\) .*/\1/p' "$work/warmup.out")
requests=$(sed -n 's/^requests \([0-9]*\) .*/\1/p' "$work/wrk.out")
if [ "${requests:-0}" -gt "$events" ]; then
    echo "wrk-webhooks: WARNING: $requests requests > $events pre-signed events: some were repeats (raise EVENTS)" >&2
fi
echo "serve peak RSS: $(grep VmHWM "/proc/$serve_pid/status" | tr -s ' \t' ' ')"
stop_serve || true
# Every acknowledged event must be one new ticket (warm-up and measured runs together).
case $db in
postgres://* | postgresql://*) count=$(psql "$db" -Atc 'SELECT count(*) FROM tickets') ;;
*) count=$(sqlite3 "$db" 'SELECT count(*) FROM tickets' 2>/dev/null || echo "?") ;;
esac
echo "tickets in the store after both runs: $count (requests answered: $((warmup_requests + requests)); wrk leaves up to 2x$connections in flight uncounted)"
