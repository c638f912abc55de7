// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The CSV reader on arbitrary bytes: operators import whatever file they pick (a spreadsheet in
// the wrong encoding, a zip, half a download). Every input gives a table within the limits or
// an error, never a crash.

#include "core/csvreader.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace TicketDesk;

void check(bool ok, const char *invariant)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_csvreader: invariant broken: %s\n", invariant);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const CsvLimits limits{64 * 1024, 200, 32};
    const CsvTable table = CsvReader(limits).parse(bytes);
    if (!table.ok()) {
        check(table.header.isEmpty() && table.records.isEmpty(), "an error leaves no table");
        check(table.errorLine >= 0, "an error line is 0 or a line");
        return 0;
    }
    check(!table.header.isEmpty() && table.header.size() <= limits.maxColumns, "a header within the limit");
    check(table.delimiter == ',' || table.delimiter == ';' || table.delimiter == '\t', "comma, semicolon or tab");
    check(table.records.size() <= limits.maxRows, "rows within the limit");
    int previous = 0;
    for (const CsvRecord &r : table.records) {
        check(r.line > previous, "records in line order");
        check(r.fields.size() <= table.header.size(), "no more fields kept than the header has");
        previous = r.line;
    }
    for (const QString &name : table.header)
        check(table.column(name) >= 0, "every header name is found");
    return 0;
}
