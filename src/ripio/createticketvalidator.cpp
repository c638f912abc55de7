// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ripio/createticketvalidator.h"

#include "core/webhookevent.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

#include <utility>

namespace TicketDesk {

namespace {

QString formatSize(qint64 bytes)
{
    // The language the app speaks (--lang or the system's), as the form's file list writes sizes.
    return QLocale().formattedDataSize(bytes);
}

// A size and the limit it is over, each as formatSize() writes it; in bytes when they would read
// the same ("25.00 MiB; at most 25.00 MiB" for one byte too many).
std::pair<QString, QString> sizeAndLimit(qint64 bytes, qint64 limit)
{
    const QString size = formatSize(bytes);
    const QString most = formatSize(limit);
    if (size != most)
        return {size, most};
    const auto inBytes = [](qint64 n) {
        return QCoreApplication::translate("TicketDesk::CreateTicketValidator", "%1 bytes").arg(QLocale().toString(n));
    };
    return {inBytes(bytes), inBytes(limit)};
}

// Characters as a person counts them: an emoji is one, not the two UTF-16 units QString counts.
qsizetype characterCount(QStringView text)
{
    qsizetype lowSurrogates = 0;
    for (const QChar c : text)
        lowSurrogates += c.isLowSurrogate() ? 1 : 0;
    return text.size() - lowSurrogates;
}

} // namespace

QList<FieldError> validateCreateRequest(const CreateTicketRequest &request, const ValidationLimits &limits)
{
    QList<FieldError> errors;
    const auto add = [&errors](const QString &field, const QString &message) {
        errors.append(FieldError{field, message});
    };

    if (!isUuid(request.customerId))
        add(QStringLiteral("customerId"),
            QCoreApplication::translate(
                "TicketDesk::CreateTicketValidator",
                "The customer id must be a UUID (such as 123e4567-e89b-12d3-a456-426614174000)."));

    if (request.summary.trimmed().isEmpty())
        add(QStringLiteral("summary"),
            QCoreApplication::translate("TicketDesk::CreateTicketValidator", "The summary must not be empty."));
    else if (const qsizetype length = characterCount(request.summary); length > limits.maxSummaryChars)
        add(QStringLiteral("summary"),
            QCoreApplication::translate("TicketDesk::CreateTicketValidator",
                                        "The summary has %1 characters; at most %2 are allowed.")
                .arg(length)
                .arg(limits.maxSummaryChars));

    if (const qsizetype length = characterCount(request.description); length > limits.maxDescriptionChars)
        add(QStringLiteral("description"),
            QCoreApplication::translate("TicketDesk::CreateTicketValidator",
                                        "The description has %1 characters; at most %2 are allowed.")
                .arg(length)
                .arg(limits.maxDescriptionChars));

    if (request.attachments.size() > limits.maxFiles)
        add(QStringLiteral("files"), QCoreApplication::translate("TicketDesk::CreateTicketValidator",
                                                                 "%1 files are attached; at most %2 are allowed.")
                                         .arg(request.attachments.size())
                                         .arg(limits.maxFiles));

    qint64 total = 0;
    const auto addFileSize = [&](const QString &field, const QString &fileName, qint64 size) {
        total += size;
        if (size > limits.maxFileBytes) {
            const auto [sizeText, mostText] = sizeAndLimit(size, limits.maxFileBytes);
            add(field, QCoreApplication::translate("TicketDesk::CreateTicketValidator",
                                                   "The file %1 is %2; at most %3 per file are allowed.")
                           .arg(fileName, sizeText, mostText));
        }
    };
    for (qsizetype i = 0; i < request.attachments.size(); ++i) {
        const AttachmentFile &file = request.attachments.at(i);
        const QString field = QStringLiteral("files[%1]").arg(i);
        if (file.open) {
            // Bytes kept elsewhere (a database): their size is known, there is no file to look at.
            addFileSize(field, file.fileName, std::max<qint64>(file.size, 0));
            continue;
        }
        const QFileInfo info(file.path);
        if (file.path.isEmpty() || !info.exists()) {
            add(field, QCoreApplication::translate("TicketDesk::CreateTicketValidator", "The file %1 does not exist.")
                           .arg(file.path));
            continue;
        }
        if (!info.isFile()) {
            add(field, QCoreApplication::translate("TicketDesk::CreateTicketValidator", "%1 is not a regular file.")
                           .arg(file.path));
            continue;
        }
        if (!info.isReadable()) {
            add(field, QCoreApplication::translate("TicketDesk::CreateTicketValidator", "The file %1 cannot be read.")
                           .arg(file.path));
            continue;
        }
        // Nothing to send; and a file whose size the system does not tell (/proc's) was copied as
        // 0 bytes and sent so, without a word.
        if (info.size() == 0) {
            add(field, QCoreApplication::translate("TicketDesk::CreateTicketValidator",
                                                   "The file %1 shows 0 bytes: there is nothing to attach.")
                           .arg(file.path));
            continue;
        }
        addFileSize(field, info.fileName(), info.size());
    }
    if (total > limits.maxTotalBytes) {
        const auto [totalText, mostText] = sizeAndLimit(total, limits.maxTotalBytes);
        add(QStringLiteral("files"),
            QCoreApplication::translate("TicketDesk::CreateTicketValidator",
                                        "The attachments add up to %1; at most %2 in all are allowed.")
                .arg(totalText, mostText));
    }
    return errors;
}

} // namespace TicketDesk
