// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>
#include <QSet>

#include <climits>

namespace TicketDesk {

namespace {

void nextLine(int &line)
{
    if (line < INT_MAX)
        ++line;
}

// Position of the first byte that is not part of valid UTF-8 text (overlong forms, surrogates
// and code points above U+10FFFF included) or is a NUL; -1 when there is none.
qsizetype invalidTextAt(QByteArrayView s, bool &nul)
{
    const auto *p = reinterpret_cast<const uchar *>(s.data());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        if (c < 0x80) {
            if (c == 0) {
                nul = true;
                return i;
            }
            ++i;
            continue;
        }
        qsizetype length = 0;
        char32_t least = 0;
        char32_t code = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
            least = 0x80;
            code = c & 0x1fu;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            least = 0x800;
            code = c & 0x0fu;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            least = 0x10000;
            code = c & 0x07u;
        } else {
            return i;
        }
        if (n - i < length)
            return i;
        for (qsizetype k = 1; k < length; ++k) {
            const uchar b = p[i + k];
            if ((b & 0xc0u) != 0x80u)
                return i;
            code = (code << 6) | (b & 0x3fu);
        }
        if (code < least || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return i;
        i += length;
    }
    return -1;
}

// The 1-based line of byte `pos`: CRLF, LF and a lone CR each end a line.
int lineAt(QByteArrayView s, qsizetype pos)
{
    int line = 1;
    for (qsizetype i = 0; i < pos; ++i) {
        if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n')))
            nextLine(line);
    }
    return line;
}

// Semicolon when the header line holds more semicolons than commas outside quotes (as
// spreadsheets write CSV where the comma is the decimal separator), a tab when it holds more
// tabs than either (a spreadsheet's "Text (Tab delimited)"), else comma.
char detectDelimiter(QByteArrayView s)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    bool quoted = false;
    bool content = false;
    for (const char c : s) {
        if (c == '"') {
            quoted = !quoted;
            content = true;
        } else if (quoted) {
            continue;
        } else if (c == ',') {
            ++commas;
        } else if (c == ';') {
            ++semicolons;
        } else if (c == '\t') {
            ++tabs;
        } else if (c == '\n' || c == '\r') {
            if (content || commas > 0 || semicolons > 0)
                break;
            tabs = 0; // a blank line of tabs says nothing
        } else if (c != ' ') {
            content = true;
        }
    }
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return semicolons > commas ? ';' : ',';
}

// Reads records one at a time from validated UTF-8 bytes.
class RecordParser
{
public:
    RecordParser(QByteArrayView data, char delimiter)
        : m_p(data.data())
        , m_end(data.data() + data.size())
        , m_delimiter(delimiter)
    {}

    bool atEnd() const { return m_p == m_end; }
    int line() const { return m_line; }
    int quoteLine() const { return m_quoteLine; }
    // Whether the last record read has text after a closing quote (`"Row B" more`, or a quote
    // inside a quoted value that was not doubled): kept as written, but not what was meant.
    bool strayText() const { return m_strayText; }
    // The line the last record read ends on (after a quoted line break, a later one than it began).
    int lastLine() const { return m_lastLine; }

    // Reads the next record, keeping its first `keep` fields in `fields`. Returns how many
    // fields the record has, or -1 when a quoted field runs to the end of the data (it
    // started on quoteLine()). `blank`: no field holds anything but spaces.
    qsizetype next(QStringList &fields, qsizetype keep, bool &blank)
    {
        enum class State
        {
            Start,      // only spaces so far: a quote here opens a quoted field
            Unquoted,   //
            Quoted,     // inside quotes
            AfterQuote, // after the closing quote: spaces are dropped
        };
        fields.clear();
        blank = true;
        m_strayText = false;
        qsizetype count = 0;
        State state = State::Start;
        m_field.clear();
        const auto finish = [&] {
            if (count < keep)
                fields.append(QString::fromUtf8(m_field));
            if (blank && !m_field.trimmed().isEmpty())
                blank = false;
            ++count;
            m_field.clear();
            state = State::Start;
        };
        while (m_p != m_end) {
            const char c = *m_p;
            if (state == State::Quoted) {
                if (c == '"') {
                    if (m_end - m_p > 1 && m_p[1] == '"') {
                        m_field += '"';
                        m_p += 2;
                    } else {
                        state = State::AfterQuote;
                        ++m_p;
                    }
                } else if (c == '\r' || c == '\n') {
                    // A line break inside quotes is part of the value, kept as LF.
                    m_p += (c == '\r' && m_end - m_p > 1 && m_p[1] == '\n') ? 2 : 1;
                    nextLine(m_line);
                    m_field += '\n';
                } else {
                    m_field += c;
                    ++m_p;
                }
                continue;
            }
            if (c == m_delimiter) {
                finish();
                ++m_p;
                continue;
            }
            if (c == '\r' || c == '\n') {
                m_p += (c == '\r' && m_end - m_p > 1 && m_p[1] == '\n') ? 2 : 1;
                m_lastLine = m_line;
                nextLine(m_line);
                finish();
                return count;
            }
            if (state == State::Start && c == '"') {
                m_field.clear(); // spaces before the opening quote
                state = State::Quoted;
                m_quoteLine = m_line;
                ++m_p;
                continue;
            }
            if (state == State::AfterQuote && (c == ' ' || c == '\t')) {
                ++m_p;
                continue;
            }
            if (c != ' ' && c != '\t') {
                if (state == State::AfterQuote)
                    m_strayText = true;
                state = State::Unquoted; // text after a closing quote is kept as written
            }
            m_field += c;
            ++m_p;
        }
        if (state == State::Quoted)
            return -1;
        m_lastLine = m_line;
        finish();
        return count;
    }

private:
    const char *m_p;
    const char *m_end;
    char m_delimiter;
    int m_line = 1;
    int m_quoteLine = 0;
    int m_lastLine = 1;
    bool m_strayText = false;
    QByteArray m_field;
};

} // namespace

qsizetype CsvTable::column(QStringView name) const
{
    const QStringView wanted = name.trimmed();
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (QStringView(header.at(i)).compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

CsvReader::CsvReader(CsvLimits limits)
    : m_limits(limits)
{}

CsvTable CsvReader::parse(QByteArrayView data) const
{
    CsvTable table;
    const auto fail = [&table](int line, const QString &message) {
        table.header.clear();
        table.records.clear();
        table.errorLine = line;
        table.error = message;
        return table;
    };
    if (data.size() > m_limits.maxBytes)
        return fail(0,
                    QCoreApplication::translate("TicketDesk::CsvReader", "The file is %1; at most %2 can be read.")
                        .arg(QLocale().formattedDataSize(data.size()), QLocale().formattedDataSize(m_limits.maxBytes)));
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    else if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return fail(0, QCoreApplication::translate("TicketDesk::CsvReader",
                                                   "The file is UTF-16 text (a spreadsheet's \"Unicode text\"). Save "
                                                   "it as \"CSV UTF-8\" and try again."));
    bool nul = false;
    if (const qsizetype bad = invalidTextAt(data, nul); bad >= 0) {
        const int line = lineAt(data, bad);
        if (nul)
            return fail(line, QCoreApplication::translate("TicketDesk::CsvReader",
                                                          "a NUL byte here: this is not a text (CSV) file."));
        return fail(line, QCoreApplication::translate("TicketDesk::CsvReader",
                                                      "not UTF-8 text. Save the file as \"CSV UTF-8\" and try again."));
    }

    const QString strayText = QCoreApplication::translate("TicketDesk::CsvReader",
                                                          "A quoted value has more text after its closing quote. "
                                                          "Quote the whole value, and write a \" inside it as \"\".");
    table.delimiter = detectDelimiter(data);
    RecordParser parser(data, table.delimiter);
    QStringList fields;
    bool haveHeader = false;
    while (!parser.atEnd()) {
        const int line = parser.line();
        bool blank = true;
        const qsizetype keep = haveHeader ? table.header.size() : m_limits.maxColumns + 1;
        const qsizetype count = parser.next(fields, keep, blank);
        if (count < 0)
            return fail(parser.quoteLine(), QCoreApplication::translate(
                                                "TicketDesk::CsvReader",
                                                "a quoted field starts here and is never closed (a \" is missing)."));
        if (blank)
            continue;
        if (!haveHeader) {
            if (parser.strayText())
                return fail(line, strayText);
            if (count > m_limits.maxColumns)
                return fail(line,
                            QCoreApplication::translate("TicketDesk::CsvReader", "the header has more than %1 columns.")
                                .arg(m_limits.maxColumns));
            QSet<QString> seen;
            for (const QString &name : std::as_const(fields)) {
                const QString trimmed = name.trimmed();
                const QString key = trimmed.toLower();
                if (!key.isEmpty() && seen.contains(key))
                    return fail(line, QCoreApplication::translate("TicketDesk::CsvReader",
                                                                  "the column \"%1\" appears twice in the header.")
                                          .arg(trimmed));
                seen.insert(key);
                table.header.append(trimmed);
            }
            haveHeader = true;
            continue;
        }
        if (table.records.size() >= m_limits.maxRows)
            return fail(line, QCoreApplication::translate("TicketDesk::CsvReader",
                                                          "the file has more than %1 rows; split it into smaller "
                                                          "files.")
                                  .arg(m_limits.maxRows));
        CsvRecord record{line, fields};
        if (parser.strayText())
            record.error = strayText;
        else if (count > table.header.size())
            record.error = QCoreApplication::translate("TicketDesk::CsvReader",
                                                       "This row has %1 fields but the header has %2 (a comma or "
                                                       "semicolon outside quotes?).")
                               .arg(count)
                               .arg(table.header.size());
        else if (count < table.header.size())
            record.error = QCoreApplication::translate("TicketDesk::CsvReader",
                                                       "This row has %1 fields but the header has %2 (a comma or "
                                                       "semicolon missing?).")
                               .arg(count)
                               .arg(table.header.size());
        // A quote opened and not closed where meant takes the line break and the next line's
        // record into this one's value: that record is not listed on its own, so say so.
        if (!record.error.isEmpty() && parser.lastLine() > line)
            record.error += QLatin1Char(' ') +
                            QCoreApplication::translate("TicketDesk::CsvReader",
                                                        "This row runs on to line %1: a quoted value takes in the "
                                                        "line break, and what follows it is read as part of this "
                                                        "row (a \" missing?).")
                                .arg(parser.lastLine());
        table.records.append(std::move(record));
    }
    if (!haveHeader)
        return fail(0, QCoreApplication::translate("TicketDesk::CsvReader",
                                                   "The file is empty: it needs a header row with the column names."));
    return table;
}

CsvTable CsvReader::read(QIODevice &device) const
{
    CsvTable table;
    QByteArray data;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(chunk.data(), chunk.size());
        if (n < 0) {
            table.error = QCoreApplication::translate("TicketDesk::CsvReader", "Cannot read the file: %1")
                              .arg(device.errorString());
            return table;
        }
        if (n == 0)
            break;
        if (n > m_limits.maxBytes - data.size()) {
            // Over the limit: say so without reading the rest.
            table.error = QCoreApplication::translate("TicketDesk::CsvReader", "The file is larger than %1.")
                              .arg(QLocale().formattedDataSize(m_limits.maxBytes));
            return table;
        }
        data.append(chunk.constData(), qsizetype(n));
    }
    return parse(data);
}

} // namespace TicketDesk
