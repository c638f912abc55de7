// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clicsv.h"

#include <QCoreApplication>
#include <QFile>

namespace TicketDesk::Cli {

CsvTable readCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvTable table;
        table.error = QCoreApplication::translate("CommandLine", "cannot read the file: %1").arg(file.errorString());
        return table;
    }
    return CsvReader().read(file);
}

QString fileError(const QString &path, int line, const QString &message)
{
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(path, message);
}

} // namespace TicketDesk::Cli
