// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// RequestParser fed the way a socket feeds it: the same bytes whole, in pieces whose sizes the
// first input byte chooses, and one byte at a time must give the same results, because TCP may
// cut a stream anywhere. Input: [control byte][stream]. Control bit 7 picks small limits (so the
// 413/414/431 paths are reached by short inputs), bits 0-6 seed the piece sizes.

#include "http/httplimits.h"
#include "http/httproute.h"
#include "http/parseresult.h"
#include "http/requestparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace TicketDesk;

void check(bool ok, const char *invariant)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_requestparser: invariant broken: %s\n", invariant);
        std::abort();
    }
}

struct Outcome
{
    ParseResult result;
    qsizetype end = 0; // offset in the stream just after the bytes this result used
};

struct Run
{
    QList<Outcome> outcomes;
    bool idleAtEnd = true;
};

HttpLimits limitsFor(bool small)
{
    HttpLimits limits;
    if (small) {
        limits.maxRequestLine = 64;
        limits.maxHeaderBytes = 512;
        limits.maxHeaderLines = 12;
        limits.maxBodyBytes = 1024;
    }
    return limits;
}

// The listener's own table (TicketService), so route refusals and the POST rules are exercised.
QList<HttpRoute> webhookRoutes()
{
    return {HttpRoute{QByteArrayLiteral("/webhooks/ripio"), {QByteArrayLiteral("POST")}},
            HttpRoute{QByteArrayLiteral("/healthz"), {QByteArrayLiteral("GET")}}};
}

// A tiny deterministic generator: the split points must be a function of the input alone, or a
// crash could not be reproduced from its file.
class PieceSizes
{
public:
    explicit PieceSizes(unsigned seed)
        : m_state(seed * 2654435761u + 1u)
    {}
    static PieceSizes fixed(qsizetype size)
    {
        PieceSizes sizes(0);
        sizes.m_fixed = size;
        return sizes;
    }
    qsizetype next()
    {
        if (m_fixed > 0)
            return m_fixed;
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return 1 + static_cast<qsizetype>(m_state % 23u);
    }

private:
    uint32_t m_state;
    qsizetype m_fixed = 0;
};

void checkResult(const ParseResult &r, QByteArrayView stream, qsizetype end)
{
    if (r.state == ParseResult::Error) {
        check(r.status >= 400 && r.status <= 599, "error status is 4xx/5xx");
        check(!r.reason.isEmpty(), "error has a reason");
        check(r.request.body.isEmpty(), "error carries no body");
        check(r.status != 405 || !r.allowHeader.isEmpty(), "405 names the allowed methods");
        return;
    }
    check(r.status == 0 && !r.close, "complete request has no error status");
    const HttpRequest &req = r.request;
    check(req.versionMinor == 0 || req.versionMinor == 1, "HTTP/1.0 or HTTP/1.1");
    check((req.method == "POST" && req.path == "/webhooks/ripio") || (req.method == "GET" && req.path == "/healthz"),
          "only routed requests complete");
    // The body is exactly the last bytes consumed, and exactly what Content-Length announced.
    check(req.body.size() <= end, "body fits in the consumed bytes");
    check(QByteArrayView(req.body) == stream.sliced(end - req.body.size(), req.body.size()),
          "body is the bytes just before the end of the request");
    if (req.method == "POST") {
        const QByteArrayList lengths = req.headerValues("content-length");
        check(lengths.size() == 1, "POST has exactly one Content-Length");
        check(lengths.front().toLongLong() == req.body.size(), "body length equals Content-Length");
    } else {
        check(req.body.isEmpty(), "GET has no body");
    }
    check(!req.hasHeader("transfer-encoding"), "Transfer-Encoding never completes");
}

// Feeds `stream` as a connection does: after Complete or a keep-alive Error the rest of the piece
// is fed again; after an Error that closes, nothing more is read.
Run run(QByteArrayView stream, bool smallLimits, PieceSizes *pieces)
{
    RequestParser parser(limitsFor(smallLimits), webhookRoutes());
    Run run;
    qsizetype pos = 0;
    while (pos < stream.size()) {
        const qsizetype want = pieces ? pieces->next() : stream.size() - pos;
        QByteArrayView piece = stream.sliced(pos, qMin(want, stream.size() - pos));
        while (true) {
            const ParseResult r = parser.feed(piece);
            check(r.consumed >= 0 && r.consumed <= piece.size(), "consumed <= fed");
            if (r.state == ParseResult::NeedMore) {
                check(r.consumed == piece.size(), "NeedMore takes every byte");
                check(r.status == 0 && !r.close, "NeedMore has no error");
                pos += piece.size();
                break;
            }
            // Without progress a connection would spin on the same bytes forever.
            check(r.consumed > 0, "a result consumes at least one byte");
            check(parser.isIdle(), "parser is reset after a result");
            pos += r.consumed;
            checkResult(r, stream, pos);
            run.outcomes.append({r, pos});
            if (r.state == ParseResult::Error && r.close) {
                run.idleAtEnd = parser.isIdle();
                return run;
            }
            piece = piece.sliced(r.consumed);
            if (piece.isEmpty())
                break;
        }
    }
    run.idleAtEnd = parser.isIdle();
    return run;
}

bool sameRequest(const HttpRequest &a, const HttpRequest &b)
{
    if (a.method != b.method || a.path != b.path || a.query != b.query || a.versionMinor != b.versionMinor ||
        a.body != b.body || a.keepAlive != b.keepAlive || a.expectContinue != b.expectContinue ||
        a.headers.size() != b.headers.size())
        return false;
    for (qsizetype i = 0; i < a.headers.size(); ++i) {
        if (a.headers[i].name != b.headers[i].name || a.headers[i].value != b.headers[i].value)
            return false;
    }
    return true;
}

void checkSameRuns(const Run &whole, const Run &split)
{
    check(whole.outcomes.size() == split.outcomes.size(), "same number of results whole and in pieces");
    for (qsizetype i = 0; i < whole.outcomes.size(); ++i) {
        const Outcome &a = whole.outcomes[i];
        const Outcome &b = split.outcomes[i];
        check(a.result.state == b.result.state, "same state whole and in pieces");
        check(a.result.status == b.result.status, "same status whole and in pieces");
        check(a.result.close == b.result.close, "same close decision whole and in pieces");
        check(a.result.reason == b.result.reason, "same reason whole and in pieces");
        check(a.result.allowHeader == b.result.allowHeader, "same Allow whole and in pieces");
        check(sameRequest(a.result.request, b.result.request), "same request whole and in pieces");
        // Where a closing error is noticed inside an overlong line may depend on the cut; the
        // bytes after it are never read, so only a result the connection continues after must
        // end at the same byte.
        const bool closes = a.result.state == ParseResult::Error && a.result.close;
        check(closes || a.end == b.end, "same request boundaries whole and in pieces");
    }
    check(whole.idleAtEnd == split.idleAtEnd, "same idle state at the end");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = data[0];
    const bool smallLimits = (control & 0x80) != 0;
    const QByteArrayView stream(data + 1, static_cast<qsizetype>(size - 1));

    const Run whole = run(stream, smallLimits, nullptr);
    PieceSizes sizes(control & 0x7f);
    checkSameRuns(whole, run(stream, smallLimits, &sizes));
    // Byte at a time is the harshest cut; bounded so that long inputs keep the fuzzer fast.
    if (stream.size() <= 1024) {
        PieceSizes ones = PieceSizes::fixed(1);
        checkSameRuns(whole, run(stream, smallLimits, &ones));
    }
    return 0;
}
