-- SPDX-FileCopyrightText: 2026 TicketDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- wrk script: POSTs the pre-signed events of the file given after "--" (made by
-- gen-webhooks.py), one line per request, in order. Run with -t1 (one Lua state
-- reads the file). If the file runs out it starts again: repeated events are
-- duplicates, cheaper than new tickets, so wrk-webhooks.sh checks the request
-- count printed at the end against the file's length.
--
-- Every request is formatted once, in init(), before wrk connects: wrk shares
-- the cores with the server it measures, and reading and formatting a line per
-- request cost it about 3 us of CPU a request (15.7-16.4 against 12.8-12.9 us
-- against nginx), which the server under test then did not get. Formatting
-- takes about 3 s of CPU and 220 MB for 300,000 events.
local prepared = {}
local count = 0
local sent = 0

function init(args)
  for l in io.lines(args[1]) do
    local tab = string.find(l, "\t", 1, true)
    local headers = {
      ["Content-Type"] = "application/json",
      ["X-Wh-Signature-256"] = string.sub(l, 1, tab - 1),
    }
    count = count + 1
    prepared[count] = wrk.format("POST", "/webhooks/ripio", headers, string.sub(l, tab + 1))
  end
  assert(count > 0, "no events in " .. args[1])
end

function request()
  sent = sent + 1
  if sent > count then
    sent = 1
  end
  return prepared[sent]
end

function done(summary, latency, requests)
  io.write(string.format("requests %d  events/s %.0f  p50 %.2f ms  p99 %.2f ms  non-2xx %d  errors %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
