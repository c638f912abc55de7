// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Differential check of request framing against libhttp-parser (a lenient oracle, never used in
// the product). Two parsers that both accept a request but disagree on where it ends are what
// request smuggling is made of, so where both accept the first request, method, path, body length
// and the bytes it spans must agree. Requests only one of them accepts are not compared: ours is
// meant to be stricter.

#include "http/httplimits.h"
#include "http/httproute.h"
#include "http/parseresult.h"
#include "http/requestparser.h"

#include <http_parser.h>

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
        std::fprintf(stderr, "fuzz_http_differential: disagreement: %s\n", invariant);
        std::abort();
    }
}

// What libhttp-parser saw of the first request.
struct OracleRequest
{
    QByteArray url;
    qsizetype bodyBytes = 0;
    bool complete = false;
};

OracleRequest *oracleOf(http_parser *parser)
{
    return static_cast<OracleRequest *>(parser->data);
}

int onUrl(http_parser *parser, const char *at, size_t length)
{
    oracleOf(parser)->url.append(at, static_cast<qsizetype>(length));
    return 0;
}

int onBody(http_parser *parser, const char *, size_t length)
{
    oracleOf(parser)->bodyBytes += static_cast<qsizetype>(length);
    return 0;
}

int onMessageComplete(http_parser *parser)
{
    oracleOf(parser)->complete = true;
    // Pausing makes http_parser_execute() return right after the first request's last byte.
    http_parser_pause(parser, 1);
    return 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, static_cast<qsizetype>(size));

    RequestParser ours(HttpLimits{}, {HttpRoute{QByteArrayLiteral("/webhooks/ripio"), {QByteArrayLiteral("POST")}},
                                      HttpRoute{QByteArrayLiteral("/healthz"), {QByteArrayLiteral("GET")}}});
    const ParseResult mine = ours.feed(input);
    if (mine.state != ParseResult::Complete)
        return 0;

    OracleRequest theirs;
    http_parser_settings settings;
    http_parser_settings_init(&settings);
    settings.on_url = onUrl;
    settings.on_body = onBody;
    settings.on_message_complete = onMessageComplete;
    http_parser parser;
    http_parser_init(&parser, HTTP_REQUEST);
    parser.data = &theirs;
    const size_t parsed = http_parser_execute(&parser, &settings, reinterpret_cast<const char *>(data), size);
    const auto error = static_cast<http_errno>(parser.http_errno);
    if (!theirs.complete || (error != HPE_OK && error != HPE_PAUSED))
        return 0;

    const qsizetype question = theirs.url.indexOf('?');
    const QByteArray theirPath = question < 0 ? theirs.url : theirs.url.first(question);
    check(mine.request.method == http_method_str(static_cast<http_method>(parser.method)), "method");
    check(mine.request.path == theirPath, "path");
    check(mine.request.body.size() == theirs.bodyBytes, "body length");
    check(mine.consumed == static_cast<qsizetype>(parsed), "bytes consumed by the first request");
    return 0;
}
