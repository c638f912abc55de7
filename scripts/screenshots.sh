#!/bin/sh
# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes the documentation screenshots of `ticketdesk --demo` under a virtual X
# server: main-window.png (every status), new-ticket.png (the create form),
# deliveries.png (the delivery log) and main-window-dark.png (dark palette).
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
export XDG_CONFIG_HOME=$(mktemp -d)
export XDG_DATA_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"' EXIT

shot() { # palette file [action]
    palette=$1
    file=$2
    action=${3:-}
    "$app" --demo --demo-seed --palette "$palette" ${action:+--demo-shot "$action"} &
    pid=$!
    # The seed needs about 14 s to bring every status (UNCONFIRMED waits for a client timeout).
    sleep 17
    import -window root "$outdir/$file"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "wrote $outdir/$file"
}

shot light main-window.png
shot light new-ticket.png new-ticket
shot light deliveries.png deliveries
shot dark main-window-dark.png
