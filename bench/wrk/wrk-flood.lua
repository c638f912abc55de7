-- SPDX-FileCopyrightText: 2026 TicketDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- wrk script for bench/wrk-flood.sh: the same large POST again and again, a
-- JSON body of FLOOD_BYTES (default 1,000,000: under the 1 MiB body limit, so
-- the listener reads it all) with a wrong signature. Every answer is a 401.
local size = tonumber(os.getenv("FLOOD_BYTES") or "1000000")
local head = '{"eventType":"SUPPORT_TICKET.CREATED","padding":"'
local tail = '"}'
wrk.method = "POST"
wrk.body = head .. string.rep("x", size - #head - #tail) .. tail
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Wh-Signature-256"] = "sha256=" .. string.rep("0", 64)

function done(summary, latency, requests)
  io.write(string.format("requests %d  requests/s %.0f  p99 %.2f ms  non-2xx %d  errors %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000,
    summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
