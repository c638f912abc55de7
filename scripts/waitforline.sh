# shellcheck shell=sh
# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced (POSIX sh) by the scripts that start a server and must not talk to
# it before it listens: scripts/team-demo.sh, bench/wrk/serve.sh and
# bench/wrk-compare.sh.
#   wait_for_line NAME FILE TEXT PID
# Returns once FILE holds TEXT (a fixed string: what the server prints when it
# listens). When process PID has ended, or after 60 s, it prints "NAME did not
# start:" and FILE to stderr and exits 1.
wait_for_line() {
    _wfl_tries=0
    until grep -qF "$3" "$2" 2>/dev/null; do
        _wfl_tries=$((_wfl_tries + 1))
        if [ "$_wfl_tries" -gt 600 ] || ! kill -0 "$4" 2>/dev/null; then
            echo "$1 did not start:" >&2
            cat "$2" >&2
            exit 1
        fi
        sleep 0.1
    done
}
