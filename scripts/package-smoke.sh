#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the built .deb on this machine (apt-get install ./ticketdesk_*.deb) and
# smoke-tests the installed binaries: --version of both, then a `ticketdesk serve`
# that accepts one signed webhook, which `ticketdesk list --json` then shows.
# Used by CI after scripts/package.sh. Needs root (or sudo).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
debs=("$root/${TICKETDESK_PKG_BUILD:-build/pkg}"/ticketdesk_*_amd64.deb)
deb=${debs[0]}
[ -f "$deb" ] || { echo "package-smoke: build the package first (scripts/package.sh)" >&2; exit 1; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -q "$deb"

echo "== versions"
/usr/bin/ticketdesk --version
/usr/bin/ripio-sandbox --version

work=$(mktemp -d)
serve_pid=""
cleanup() {
    if [ -n "$serve_pid" ]; then
        kill "$serve_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

export TICKETDESK_WEBHOOK_SECRET="smoke-test-secret-$$"
db="$work/tickets.sqlite"
/usr/bin/ticketdesk serve --db "$db" --listen 127.0.0.1:0 2> "$work/serve.log" &
serve_pid=$!

url=""
for _ in $(seq 1 100); do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/[^ ]*' "$work/serve.log" | head -n 1 || true)
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { echo "package-smoke: serve did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }
echo "== serve listening on $url"

ticket=3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60
customer=9a8b7c6d-5e4f-4a3b-8c2d-1e0f2a3b4c5d
body='{"eventType":"SUPPORT_TICKET.CREATED","issueDatetime":"'"$(date -u +%Y-%m-%dT%H:%M:%S.000Z)"'","supportTicket":{"ticketId":"'$ticket'","customerId":"'$customer'","issueKey":"SUP-4242","summary":"Smoke test","status":"CREATED"}}'
sig=$(printf '%s' "$body" | openssl dgst -sha256 -hmac "$TICKETDESK_WEBHOOK_SECRET" | sed 's/^.*= //')
status=$(curl -s -o "$work/answer" -w '%{http_code}' -X POST "$url" \
    -H 'Content-Type: application/json' -H "X-Wh-Signature-256: sha256=$sig" --data-binary "$body")
echo "== webhook answered $status: $(cat "$work/answer")"
[ "$status" = 200 ] || exit 1

kill -TERM "$serve_pid"
wait "$serve_pid"
serve_pid=""

/usr/bin/ticketdesk list --json --db "$db" > "$work/list.json"
cat "$work/list.json"
grep -q '"issueKey": *"SUP-4242"' "$work/list.json" || { echo "package-smoke: the event is not in the list" >&2; exit 1; }
echo "package-smoke: ok"
