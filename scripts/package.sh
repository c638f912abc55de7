#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package: a Release tree in build/pkg (no tests), `cpack -G DEB`, then
# validates what the .deb ships: desktop-file-validate, appstreamcli validate --no-net and
# lintian (fails on any error or warning). Prints the path of the .deb.
#
#   scripts/package.sh                              (Release tree in build/pkg)
#   TICKETDESK_PKG_BUILD=build/gcc scripts/package.sh (package an existing tree)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

scripts/install-deps.sh

# TICKETDESK_PKG_BUILD reuses a tree that is already built (CI packages the
# -Werror GCC tree instead of compiling everything a third time).
build=${TICKETDESK_PKG_BUILD:-build/pkg}
if [ -z "${TICKETDESK_PKG_BUILD:-}" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTICKETDESK_BUILD_TESTS=OFF
fi
cmake --build "$build" -j "$(nproc)"
rm -f "$build"/ticketdesk_*.deb
(cd "$build" && cpack -G DEB --config CPackConfig.cmake)

debs=("$build"/ticketdesk_*_amd64.deb)
deb=${debs[0]}
[ -f "$deb" ] || { echo "package.sh: no .deb produced" >&2; exit 1; }

echo "== contents"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
dpkg-deb -x "$deb" "$staging"

echo "== desktop-file-validate"
desktop-file-validate "$staging"/usr/share/applications/*.desktop
echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net "$staging"/usr/share/metainfo/*.metainfo.xml
echo "== lintian (explanations of the remaining tags: packaging/LINTIAN.md)"
lintian --info --fail-on error,warning "$deb"

echo "package.sh: $root/$deb"
