// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSaveFile>
#include <QString>

namespace TicketDesk {

// Commits a QSaveFile only when every byte reached the file. Qt 6.4's commit() misses an error
// of the buffer it flushes itself (QTBUG-75077): on a full disk it renamed a short or empty
// file over the target and returned true. This flushes first and checks; on any error it
// cancels, so the target stays as it was, and returns false with `error` (the file's reason).
// A write() that returns less than it was given is still the caller's to notice.
bool commitWhole(QSaveFile &file, QString *error = nullptr);

// `bytes` as the whole of the file at `path`, through a QSaveFile and commitWhole(): the file as it
// was on any failure, and false with `error` (writeFailure()'s words, or why it could not open).
bool saveWhole(const QString &path, const QByteArray &bytes, QString *error = nullptr);

// Why `file` could not be written, in words a user can act on. When a write is cut short (a full
// disk, a file size limit), Qt 6.4 keeps no reason and says "Unknown error"; so, while the
// unwritten file still takes its room: "no space is left" when the disk that holds it has less
// than 1 MiB free, else Qt's reason, or that only part of the data was taken.
QString writeFailure(const QFileDevice &file);
// The words of writeFailure(), from what it read: Qt's reason, the free bytes of the disk that
// holds the file (-1: unknown) and that disk's mount point. `needed`: the bytes the write had to
// fit, when known after the partial file is gone (QFile::copy() removes it itself): less free
// than that is a full disk too.
QString describeWriteFailure(const QString &reported, qint64 bytesFree, const QString &volume, qint64 needed = 0);

} // namespace TicketDesk
