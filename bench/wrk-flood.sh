#!/bin/sh
# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Issue 12's flood: `ticketdesk serve` on a fresh SQLite file takes valid,
# pre-signed events from VALID connections (wrk -t1) for SECONDS_MEASURED s
# undisturbed, then for FLOOD_SECONDS s while FLOOD connections (a second wrk)
# send 1 MB bodies with a wrong signature as fast as they can. Prints the valid
# rate undisturbed and under the flood (aim: at least half), the database's
# growth during the flood (file + WAL, the valid events included), then the
# same flood alone and the growth it alone causes (aim: under 20 MB), and the
# tickets stored against the events acknowledged (every one must be there).
#
#   bench/wrk-flood.sh [PORT]
#   env: TICKETDESK, VALID (16), FLOOD (16), WARMUP (3), SECONDS_MEASURED (10),
#        FLOOD_SECONDS (30), FLOOD_BYTES (1000000), EVENTS (400000: each of the
#        warm-up and undisturbed phases), FLOOD_EVENTS (1000000: the flooded phase)
# wrk starts a file of events over when it runs out, and a repeated event is
# acknowledged but adds no ticket: a phase that sent more than its file holds
# makes the tickets check meaningless, so the script stops there and says so.
# A benchmark, not a test: ctest never runs this (tst_webhookflood_e2e is the small functional check).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ticketdesk=${TICKETDESK:-$here/../build/gcc/src/app/ticketdesk}
port=${1:-18788}
valid=${VALID:-16}
flood=${FLOOD:-16}
warmup=${WARMUP:-3}
measured=${SECONDS_MEASURED:-10}
flood_seconds=${FLOOD_SECONDS:-30}
events=${EVENTS:-400000}
flood_events=${FLOOD_EVENTS:-1000000}
command -v wrk >/dev/null || { echo "wrk-flood: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d)
# shellcheck source=bench/wrk/serve.sh
. "$here/wrk/serve.sh"
cleanup() {
    stop_serve
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

secret=wrk-flood-secret-$$
python3 "$here/wrk/gen-webhooks.py" "$secret" 1 "$events" "$work/warmup.txt"
python3 "$here/wrk/gen-webhooks.py" "$secret" 2 "$events" "$work/quiet.txt"
python3 "$here/wrk/gen-webhooks.py" "$secret" 3 "$flood_events" "$work/flooded.txt"

db=$work/flood.sqlite
start_serve wrk-flood "$db" "$secret" "$port"
url=http://127.0.0.1:$port/webhooks/ripio
requests() { sed -n 's/^requests \([0-9]*\) .*/\1/p' "$1"; }
size() { du -cb "$db" "$db-wal" 2>/dev/null | tail -n 1 | cut -f1; }

wrk -t1 -c"$valid" -d"${warmup}s" -s "$here/wrk/wrk-webhooks.lua" "$url" -- "$work/warmup.txt" >"$work/warmup.out"
echo "== undisturbed: wrk -t1 -c$valid -d${measured}s (valid events)"
wrk -t1 -c"$valid" -d"${measured}s" -s "$here/wrk/wrk-webhooks.lua" "$url" -- "$work/quiet.txt" | tail -n 1 |
    tee "$work/quiet.out"
before=$(size)
echo "== flooded: the same for ${flood_seconds}s while wrk -t1 -c$flood sends ${FLOOD_BYTES:-1000000}-byte bad-signature bodies"
# The valid events' wrk formats its requests before it connects (seconds, for a
# million): the flood runs on past its own time and is stopped once that wrk is
# done, so that every second of the valid run is a flooded one.
wrk -t1 -c"$flood" -d"$((flood_seconds + 60))s" -s "$here/wrk/wrk-flood.lua" "$url" >"$work/flood.out" &
flood_pid=$!
wrk -t1 -c"$valid" -d"${flood_seconds}s" -s "$here/wrk/wrk-webhooks.lua" "$url" -- "$work/flooded.txt" | tail -n 1 |
    tee "$work/flooded.out"
kill -INT "$flood_pid" 2>/dev/null || true
wait "$flood_pid" || true
echo "flood: $(tail -n 1 "$work/flood.out")"
after=$(size)
# The flood's own share of the growth: the same flood again, alone, into the
# same database (its file may have free pages from checkpoints: the figure is
# what the file and WAL grew, not what the rows took).
echo "== the flood alone for ${flood_seconds}s"
alone_before=$(size)
wrk -t1 -c"$flood" -d"${flood_seconds}s" -s "$here/wrk/wrk-flood.lua" "$url" | tail -n 1 | sed 's/^/flood: /'
sleep 1
alone_after=$(size)
echo "serve peak RSS: $(grep VmHWM "/proc/$serve_pid/status" | tr -s ' \t' ' ')"
stop_serve || true

quiet=$(sed -n 's/.*events\/s \([0-9]*\) .*/\1/p' "$work/quiet.out")
flooded=$(sed -n 's/.*events\/s \([0-9]*\) .*/\1/p' "$work/flooded.out")
answered=$(($(requests "$work/warmup.out") + $(requests "$work/quiet.out") + $(requests "$work/flooded.out")))
tickets=$(sqlite3 "$db" 'SELECT count(*) FROM tickets')
rejected=$(sqlite3 "$db" "SELECT count(*), coalesce(sum(suppressed), 0), coalesce(sum(length(body) + length(headers)), 0) FROM deliveries WHERE verdict IN ('bad-signature', 'suppressed')")
echo "valid events/s: undisturbed $quiet, under the flood $flooded ($(awk "BEGIN {printf \"%.2f\", $flooded / $quiet}")x)"
echo "database growth during the flood: $(((after - before) / 1024)) KiB ($before -> $after bytes, file + WAL; mostly the valid events)"
echo "database growth during the flood alone: $(((alone_after - alone_before) / 1024)) KiB (aim: under 20 MB)"
echo "rejected deliveries stored (rows, suppressed count, body + header bytes kept): $rejected"
echo "tickets $tickets, valid events answered $answered (wrk leaves up to 2x$valid in flight uncounted)"
for phase in warmup:$events quiet:$events flooded:$flood_events; do
    sent=$(requests "$work/${phase%%:*}.out")
    [ "$sent" -le "${phase#*:}" ] || {
        echo "wrk-flood: the ${phase%%:*} phase sent $sent events from a file of ${phase#*:}: some twice, so tickets cannot be checked against answers; raise EVENTS or FLOOD_EVENTS" >&2
        exit 1
    }
done
[ "$tickets" -ge "$answered" ] || { echo "wrk-flood: FAIL: fewer tickets than acknowledged events" >&2; exit 1; }
