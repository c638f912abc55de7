# shellcheck shell=sh
# $work, $ticketdesk and $here are the sourcing script's:
# shellcheck disable=SC2154
# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by bench/wrk-webhooks.sh and bench/wrk-flood.sh (POSIX sh): starts
# `ticketdesk serve` with a settings directory of its own under $work and waits
# until it listens; the caller's EXIT trap runs stop_serve.
#   start_serve NAME DB SECRET PORT    (NAME prefixes the error messages)
# Uses $ticketdesk, $work and $here (the bench folder); sets $serve_pid; serve's output in $work/serve.out and .err.
# MAX_DELIVERIES, when set, is serve's retention/maxDeliveries: a small one
# (e.g. 20000) makes a pruning round run while wrk measures (the first starts
# 5 s after serve does).
# shellcheck source=scripts/waitforline.sh
. "$here/../scripts/waitforline.sh"
serve_pid=
start_serve() {
    mkdir -p "$work/config/TicketDesk" "$work/data"
    if [ -n "${MAX_DELIVERIES:-}" ]; then
        printf '[retention]\nmaxDeliveries=%s\n' "$MAX_DELIVERIES" >"$work/config/TicketDesk/ticketdesk.conf"
    fi
    TICKETDESK_WEBHOOK_SECRET=$3 XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data \
        DBUS_SESSION_BUS_ADDRESS='' "$ticketdesk" serve --listen "127.0.0.1:$4" --db "$2" \
        >"$work/serve.out" 2>"$work/serve.err" &
    serve_pid=$!
    wait_for_line "$1: serve" "$work/serve.err" "listening on http://127.0.0.1:$4/" "$serve_pid"
}
stop_serve() {
    [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
    serve_pid=
}
