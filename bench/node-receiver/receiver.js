// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Node.js peer of bench/wrk-compare.sh: what a plain webhook receiver does,
// on one thread: node:http, an HMAC-SHA256 check of the raw body (constant
// time), JSON.parse, and one SQLite transaction per request (better-sqlite3,
// WAL, synchronous=NORMAL as in issue 12's figures; SYNC=FULL to match serve)
// writing the ticket and the delivery; then 200. 127.0.0.1 only.
//
//   node receiver.js PORT DBFILE      env: WEBHOOK_SECRET, SYNC (NORMAL|FULL)
'use strict';
const http = require('node:http');
const crypto = require('node:crypto');
const Database = require('better-sqlite3');

const port = Number(process.argv[2] || 18790);
const db = new Database(process.argv[3] || '/tmp/node-receiver.sqlite');
const secret = process.env.WEBHOOK_SECRET || '';
db.pragma('journal_mode = WAL');
db.pragma('synchronous = ' + (process.env.SYNC === 'FULL' ? 'FULL' : 'NORMAL'));
db.exec(`CREATE TABLE IF NOT EXISTS tickets (id INTEGER PRIMARY KEY, ticket_id TEXT UNIQUE NOT NULL,
           customer_id TEXT, issue_key TEXT, summary TEXT, status TEXT, updated_at INTEGER);
         CREATE TABLE IF NOT EXISTS deliveries (id INTEGER PRIMARY KEY, received_at INTEGER, event_type TEXT,
           ticket_id TEXT, body TEXT, verdict TEXT)`);
const upsert = db.prepare(`INSERT INTO tickets (ticket_id, customer_id, issue_key, summary, status, updated_at)
  VALUES (?,?,?,?,?,?) ON CONFLICT (ticket_id) DO UPDATE SET status = excluded.status,
  issue_key = excluded.issue_key, updated_at = excluded.updated_at`);
const record = db.prepare('INSERT INTO deliveries (received_at, event_type, ticket_id, body, verdict) VALUES (?,?,?,?,?)');
const store = db.transaction((event, body) => {
  const t = event.supportTicket || {};
  const now = Date.now();
  upsert.run(String(t.ticketId), t.customerId ?? null, t.issueKey ?? null, t.summary ?? null, t.status ?? null, now);
  record.run(now, String(event.eventType), String(t.ticketId), body, 'applied');
});

function answer(res, status, verdict) {
  const body = JSON.stringify({ ok: status < 400, verdict });
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/webhooks/ripio')
    return answer(res, 404, 'not-found');
  const chunks = [];
  let size = 0;
  req.on('data', (c) => {
    size += c.length;
    if (size <= 1024 * 1024)
      chunks.push(c);
  });
  req.on('end', () => {
    if (size > 1024 * 1024)
      return answer(res, 413, 'too-large');
    const raw = Buffer.concat(chunks);
    const given = String(req.headers['x-wh-signature-256'] || '');
    const want = 'sha256=' + crypto.createHmac('sha256', secret).update(raw).digest('hex');
    if (given.length !== want.length || !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(want)))
      return answer(res, 401, 'bad-signature');
    let event;
    try {
      event = JSON.parse(raw.toString('utf8'));
    } catch (e) {
      return answer(res, 200, 'quarantined');
    }
    try {
      store(event, raw.toString('utf8'));
    } catch (e) {
      res.setHeader('Retry-After', '5');
      return answer(res, 503, 'store-failed');
    }
    answer(res, 200, 'applied');
  });
}).listen(port, '127.0.0.1', () => console.error(`node-receiver listening on http://127.0.0.1:${port}/`));
