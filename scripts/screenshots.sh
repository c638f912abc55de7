#!/bin/sh
# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes the documentation screenshots of `ticketdesk --demo` under a virtual X
# server: main-window.png (every status), new-ticket.png (the create form),
# deliveries.png (the delivery log), main-window-dark.png (dark palette),
# customer-completion.png (a customer picked by typing part of a name; needs
# xdotool), csv-preview.png (File → Create tickets from CSV…, previewed) and
# insights.png (the Insights tab over the demo's six weeks of history, last 30 days).
# main-window.png is also the demo's first run, with its note across the top.
#
#   scripts/screenshots.sh [path/to/ticketdesk] [output dir]
# Needs xvfb-run, xdotool-free: only ImageMagick's `import` and the app's own shortcuts (xdotool is optional).
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
app=${1:-$here/build/gcc/src/app/ticketdesk}
outdir=${2:-$here/docs/screenshots}
mkdir -p "$outdir"

if [ -z "${TICKETDESK_IN_XVFB:-}" ]; then
    export TICKETDESK_IN_XVFB=1
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$app" "$outdir"
fi

export QT_QPA_PLATFORM=xcb
# Settings of a throwaway home: the shots never depend on (or change) the user's.
XDG_CONFIG_HOME=$(mktemp -d)
XDG_DATA_HOME=$(mktemp -d)
export XDG_CONFIG_HOME XDG_DATA_HOME
trap 'rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"' EXIT

shot() { # palette file [action] [keys to type once seeded]
    palette=$1
    file=$2
    action=${3:-}
    typed=${4:-}
    "$app" --demo --demo-seed --palette "$palette" ${action:+--demo-shot "$action"} &
    pid=$!
    # The seed needs about 14 s to bring every status (UNCONFIRMED waits for a client timeout).
    sleep 17
    if [ -n "$typed" ]; then
        xdotool type --delay 150 "$typed"
        sleep 2
    fi
    import -window root "$outdir/$file"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "wrote $outdir/$file"
}

shot light main-window.png
shot light new-ticket.png new-ticket
shot light deliveries.png deliveries
shot dark main-window-dark.png
if command -v xdotool >/dev/null; then
    shot light customer-completion.png completion "mar"
else
    echo "xdotool is not installed: customer-completion.png not taken" >&2
fi
shot light csv-preview.png csv-preview
shot light insights.png insights
