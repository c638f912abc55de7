#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes COUNT distinct, correctly signed SUPPORT_TICKET.CREATED events for
# wrk-webhooks.lua, one per line: "<X-Wh-Signature-256 value>\t<JSON body>".
# Every event names a new ticketId (PREFIX keeps two files apart).
#
#   gen-webhooks.py SECRET PREFIX COUNT OUTFILE
import datetime
import hashlib
import hmac
import sys

secret, prefix, count, path = sys.argv[1].encode(), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
with open(path, "w", encoding="ascii") as out:
    for n in range(count):
        body = (
            '{"eventType":"SUPPORT_TICKET.CREATED","issueDatetime":"%s","supportTicket":'
            '{"ticketId":"8b1c2b3a-%04d-4444-8555-%012d","customerId":"0a1b2c3d-0000-4000-8000-000000000001",'
            '"issueKey":"SUP-%d-%d","summary":"wrk bench","status":"CREATED"}}' % (now, prefix, n, prefix, n)
        )
        sig = "sha256=" + hmac.new(secret, body.encode(), hashlib.sha256).hexdigest()
        out.write(sig + "\t" + body + "\n")
