#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks every shell script of the project (the README's commands, CI's, the
# benchmarks') with shellcheck, following the files they source. A ctest
# (shellcheck_scripts) runs it. Without shellcheck it fails, never skips: the
# Debian package shellcheck comes with scripts/install-deps.sh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
command -v shellcheck >/dev/null || {
    echo "shellcheck.sh: shellcheck is not installed (scripts/install-deps.sh installs it)" >&2
    exit 1
}
mapfile -t scripts < <(find scripts bench -path bench/node-receiver -prune -o -type f -name '*.sh' -print | sort)
scripts+=(.ci/run)
echo "shellcheck.sh: ${#scripts[@]} scripts"
shellcheck -x "${scripts[@]}"
