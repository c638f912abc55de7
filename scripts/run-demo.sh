#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's run command: installs what is missing, builds the app and starts
# it on its embedded default (`ticketdesk --demo`: a built-in Ripio sandbox and a
# throwaway database). Extra arguments go to ticketdesk.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scripts/install-deps.sh
# Compiler cache shared by every build tree and clone on this machine (paths made relative).
export CCACHE_BASEDIR="$root"
cmake -S . -B build/gcc -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=g++
cmake --build build/gcc -j "$(nproc)" --target ticketdesk ripio-sandbox
exec build/gcc/src/app/ticketdesk --demo "$@"
