// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/terminaltext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QtGlobal>

#include <atomic>
#include <chrono>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace TicketDesk {

TerminalText::TerminalText(std::FILE *stream, QObject *parent)
    : QIODevice(parent)
    , m_stream(stream)
{}

namespace {

std::FILE *messageStream = stderr;
std::atomic<bool> messageStamps{false};
std::atomic<bool> messagePriorities{false}; // the stream is the journal's

QByteArray timeStamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() + ' ';
}

// The same line again and again within a burst (Qt's PostgreSQL driver says "Unable to free
// statement" for each statement of a lost session) is written once, then counted; the count is
// written before the next different line, before the same line once the burst's 2 s are over (a
// warning that recurs every minute is written every minute), and when the program ends. Lines
// come from every thread; never destroyed, as messages may come while the program exits.
struct Repeats
{
    QMutex mutex;
    QByteArray last;
    int count = 0;
    std::chrono::steady_clock::time_point writtenAt;
    QByteArray lastRepeatStamp; // when the last repeat came: the count line is dated by it
};
Repeats &repeats()
{
    static auto *const shared = new Repeats;
    return *shared;
}
constexpr std::chrono::milliseconds burst{2000};

// `stamp`: what dates the line when lines are dated (empty: now).
void writeLine(QByteArray line, const QByteArray &stamp = {})
{
    if (messageStamps)
        line.prepend(stamp.isEmpty() ? timeStamp() : stamp);
    std::fwrite(line.constData(), 1, size_t(line.size()), messageStream);
    std::fflush(messageStream);
}

// With the mutex held.
void writeCount(Repeats &r)
{
    // Under the journal, at the repeated line's priority.
    const QByteArray priority =
        r.last.size() > 3 && r.last.startsWith('<') && r.last.at(2) == '>' ? r.last.left(3) : QByteArray();
    if (r.count == 1)
        writeLine(priority + QCoreApplication::translate("TerminalText", "(the line above once more)").toUtf8() + '\n',
                  r.lastRepeatStamp);
    else if (r.count > 1)
        writeLine(
            priority +
                QCoreApplication::translate("TerminalText", "(the line above %1 more times)").arg(r.count).toUtf8() +
                '\n',
            r.lastRepeatStamp);
    r.count = 0;
}

void writeCountAtExit()
{
    Repeats &r = repeats();
    const QMutexLocker lock(&r.mutex);
    writeCount(r);
    r.last.clear();
}

// What Qt's PostgreSQL driver says of a session the server ended: one line for each statement it
// held, the server's own words under them. TicketDesk says it itself, once, with what it does
// about it ("cannot be reached", "reconnecting", "reconnected"). (Not QSocketNotifier's "Invalid
// socket": any socket may say it, and of another it tells of a fault.)
bool isDriverNoiseOfALostSession(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    return type == QtWarningMsg && (!context.category || qstrcmp(context.category, "default") == 0) &&
           message.startsWith(QLatin1StringView("Unable to free statement"));
}

void writeCleanMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (isDriverNoiseOfALostSession(type, context, message))
        return;
    QByteArray pending;
    QByteArray line = TerminalText::clean(qFormatLogMessage(type, context, message).toUtf8(), &pending);
    line += pending; // a message is whole: a lead byte at its end is only that
    // A message that ends in a line break (libpq's do) made an empty line after it.
    while (line.endsWith('\n'))
        line.chop(1);
    // The journal takes a leading "<N>" as the line's syslog priority: `journalctl -p warning`
    // then finds a damaged database or a failed commit (everything was "info"). It reads every
    // line on its own, so each line of a message of several (a driver's error and its detail)
    // carries the message's priority.
    if (messagePriorities) {
        static constexpr char priorities[] = {'7', '4', '3', '2', '6'}; // Debug, Warning, Critical, Fatal, Info
        const auto at = std::size_t(type);
        const QByteArray priority = QByteArray("<") + (at < sizeof priorities ? priorities[at] : '6') + '>';
        line.replace(QByteArrayView("\n"), QByteArray('\n' + priority));
        line.prepend(priority);
    }
    line += '\n';
    {
        Repeats &r = repeats();
        const QMutexLocker lock(&r.mutex);
        const auto now = std::chrono::steady_clock::now();
        if (line == r.last && type != QtFatalMsg && now - r.writtenAt < burst) {
            ++r.count;
            if (messageStamps)
                r.lastRepeatStamp = timeStamp();
            return;
        }
        writeCount(r);
        r.last = line;
        r.writtenAt = now;
        writeLine(line);
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

QByteArray TerminalText::clean(QByteArrayView bytes, QByteArray *pending, bool json)
{
    const auto escaped = [json](uint code) -> QByteArray {
        const QByteArray hex = QByteArray::number(code, 16).rightJustified(4, '0');
        if (json)
            return "\\u" + hex;
        if (code >= 0x80)
            return "<U+" + hex.toUpper() + '>';
        return '^' + QByteArray(1, char(code == 0x7f ? '?' : code + 0x40));
    };
    // The UTF-8 form of a character written as text, of `length` bytes from `at`: a C1 control,
    // or a mark that reorders what follows it on the line (U+200E/F, U+202A–E, U+2066–9, U+061C),
    // so that "SUP-<U+202E>1337" is not read as "SUP-7331". 0: none.
    const auto shownAsText = [](const uchar *at, qsizetype length) -> uint {
        if (length == 2 && at[0] == 0xc2 && at[1] >= 0x80 && at[1] <= 0x9f)
            return at[1];
        if (length == 2 && at[0] == 0xd8 && at[1] == 0x9c)
            return 0x061c;
        if (length == 3 && at[0] == 0xe2) {
            const uint code = (uint(at[1] & 0x3f) << 6) | (at[2] & 0x3f);
            const uint u = 0x2000 | code;
            if ((at[1] & 0xc0) == 0x80 && (at[2] & 0xc0) == 0x80 &&
                (u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069)))
                return u;
        }
        return 0;
    };
    QByteArray input = *pending + bytes.toByteArray();
    pending->clear();
    QByteArray out;
    out.reserve(input.size() + 8);
    const auto *p = reinterpret_cast<const uchar *>(input.constData());
    const qsizetype n = input.size();
    for (qsizetype i = 0; i < n;) {
        const uchar b = p[i];
        // A lead byte of one of those characters: its sequence whole, or kept for the next piece.
        const qsizetype length = b == 0xc2 || b == 0xd8 ? 2 : b == 0xe2 ? 3 : 0;
        if (length > 0) {
            if (i + length > n) {
                *pending = input.mid(i);
                break;
            }
            if (const uint code = shownAsText(p + i, length)) {
                out += escaped(code);
                i += length;
                continue;
            }
            out += char(b);
            ++i;
            continue;
        }
        if ((b < 0x20 && b != '\t' && b != '\n') || b == 0x7f)
            out += escaped(b);
        else
            out += char(b);
        ++i;
    }
    return out;
}

void TerminalText::installMessageHandler(std::FILE *stream)
{
    messageStream = stream;
    messagePriorities = isJournal(stream);
    qInstallMessageHandler(writeCleanMessage);
    static bool countWrittenAtExit = false;
    if (!countWrittenAtExit && QCoreApplication::instance()) {
        qAddPostRoutine(writeCountAtExit);
        countWrittenAtExit = true;
    }
}

QByteArray TerminalText::journalPriority(int level)
{
    static const bool journal = isJournal(stderr);
    return journal ? QByteArray("<") + QByteArray::number(level) + '>' : QByteArray();
}

void TerminalText::setMessageTimeStamps(bool on)
{
    messageStamps = on;
}

bool TerminalText::isJournal(std::FILE *stream)
{
    // "DEVICE:INODE" of the journal's stream, as systemd hands it to a service.
    const QByteArray journal = qgetenv("JOURNAL_STREAM");
    struct stat st = {};
    if (journal.isEmpty() || ::fstat(::fileno(stream), &st) != 0)
        return false;
    return journal == QByteArray::number(quint64(st.st_dev)) + ':' + QByteArray::number(quint64(st.st_ino));
}

qint64 TerminalText::readData(char *, qint64)
{
    return -1;
}

bool TerminalText::passDataThrough()
{
    m_raw = !isatty(fileno(m_stream));
    return m_raw;
}

bool TerminalText::reopenClosedStandardStreams()
{
    bool stdoutClosed = false;
    // In order: open() takes the lowest free number, the closed one itself.
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        const int null = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
        if (null >= 0 && null != fd) {
            ::dup2(null, fd);
            ::close(null);
        }
        stdoutClosed = stdoutClosed || fd == 1;
    }
    return stdoutClosed;
}

qint64 TerminalText::writeData(const char *data, qint64 size)
{
    if (m_closedByCaller) {
        if (size > 0)
            setErrorString(QCoreApplication::translate("TerminalText", "the standard output is closed"));
        return size > 0 ? -1 : 0;
    }
    QByteArray bytes = m_raw ? QByteArray(data, size) : clean(QByteArrayView(data, size), &m_pending, m_json);
    if (m_stamps && !bytes.isEmpty()) {
        QByteArray stamped;
        stamped.reserve(bytes.size() + 32);
        for (const char c : std::as_const(bytes)) {
            if (m_atLineStart)
                stamped += timeStamp();
            stamped += c;
            m_atLineStart = c == '\n';
        }
        bytes = stamped;
    }
    // QTextStream writes when it flushes (Qt::endl, a full buffer): on at once, so that `watch`
    // and `serve` lines reach a pipe as they are printed.
    if ((!bytes.isEmpty() &&
         std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream) != size_t(bytes.size())) ||
        std::fflush(m_stream) != 0) {
        setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
    return size;
}

} // namespace TicketDesk
