-- SPDX-FileCopyrightText: 2026 TicketDesk contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- wrk script: POSTs the pre-signed events of the file given after "--" (made by
-- gen-webhooks.py), one line per request, in order. Run with -t1 (one Lua state
-- reads the file). If the file runs out it starts again: repeated events are
-- duplicates, cheaper than new tickets, so wrk-webhooks.sh checks the request
-- count printed at the end against the file's length.
local lines

function init(args)
  local path = args[1]
  lines = io.lines(path)
  next_line = function()
    local l = lines()
    if l == nil then
      lines = io.lines(path)
      l = lines()
    end
    return l
  end
end

function request()
  local l = next_line()
  local tab = string.find(l, "\t", 1, true)
  local headers = {
    ["Content-Type"] = "application/json",
    ["X-Wh-Signature-256"] = string.sub(l, 1, tab - 1),
  }
  return wrk.format("POST", "/webhooks/ripio", headers, string.sub(l, tab + 1))
end

function done(summary, latency, requests)
  io.write(string.format("requests %d  events/s %.0f  p50 %.2f ms  p99 %.2f ms  non-2xx %d  errors %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
