// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

#include <cstdio>

namespace TicketDesk {

// What the command line prints goes to a terminal, and much of it was typed by someone else:
// a summary, a customer's name, a CSV cell, a file name. An ESC there would move the cursor,
// retitle the window or recolour what follows; a carriage return would overwrite the line
// with other text. TerminalText writes such bytes as text instead: the C0 controls but the tab
// and the line feed, and DEL, in caret notation ("^[", "^M", "^?", as `cat -v`), and the C1
// controls (U+0080 to U+009F, which some terminals obey as well) as "<U+009B>"; so are the marks
// that reorder the rest of a line (U+202E, a right-to-left override, made "SUP-1337" read
// "SUP-7331"). Every other byte passes as it is: other UTF-8 text is unchanged.
//
//     TerminalText device(stdout);
//     device.open(QIODevice::WriteOnly);
//     QTextStream out(&device);
class TerminalText final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalText)

public:
    explicit TerminalText(std::FILE *stream, QObject *parent = nullptr);

    // `bytes` as they are written; `pending` carries the start of a UTF-8 sequence cut off at the
    // end of one piece to the next. With `json`, a control is written as the JSON escape of its code
    // point: in JSON they occur only inside strings, which then read the same to a parser
    // (QJsonDocument leaves DEL and the C1 controls raw).
    static QByteArray clean(QByteArrayView bytes, QByteArray *pending, bool json = false);

    // The output is JSON (a command's --json): controls become escapes, not caret notation.
    void setJson(bool json) { m_json = json; }
    // The output is data for another program (`export -`'s CSV, whose quoted cells may hold any
    // character and whose lines end CRLF): written as it is, unless the stream is a terminal,
    // where a person reads it. Returns whether it is now written as it is.
    bool passDataThrough();

    // Qt's log lines (serve's and watch's notes, which quote what senders sent) written to
    // `stream` as TerminalText writes, one line each; under the journal, each with its priority.
    static void installMessageHandler(std::FILE *stream = stderr);
    // "<N>", the syslog priority the journal takes from a line's start (3 an error, 4 a warning),
    // when stderr is the journal's stream; else nothing. For the lines a command writes itself.
    static QByteArray journalPriority(int level);

    // Each line begins with the time it was written (UTC, to the millisecond): for a long-running
    // process's log read from a terminal, a file or a container, where nothing else dates it.
    // `messages`: the log lines of installMessageHandler() too.
    void setTimeStamps(bool on) { m_stamps = on; }
    static void setMessageTimeStamps(bool on);
    // Whether `stream` is the systemd journal (JOURNAL_STREAM names it), which dates every line itself.
    static bool isJournal(std::FILE *stream);

    // Gives each of the standard descriptors 0, 1 and 2 that the caller closed (`>&-`) /dev/null,
    // before anything else opens a file: the next file opened took a closed one's number (a
    // database's log, an export), and what was printed landed in it. Returns whether stdout was
    // one of them.
    static bool reopenClosedStandardStreams();
    // The stream was closed by the caller: every write fails and says so.
    void setClosedByCaller(bool closed) { m_closedByCaller = closed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::FILE *m_stream;
    QByteArray m_pending;
    bool m_json = false;
    bool m_raw = false;
    bool m_stamps = false;
    bool m_atLineStart = true;
    bool m_closedByCaller = false;
};

} // namespace TicketDesk
