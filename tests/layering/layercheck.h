// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace TicketDesk {

// The layer rules of DESIGN.md ("Layers"), checked over a source tree:
// - a file in src/<layer>/ includes project headers only by layer path ("store/ticketstore.h"),
//   and only from its own layer or one that the diagram puts below it;
// - Qt Widgets only in gui and app, Qt Sql only in store, the command-line parser only in app
//   (and an executable's own main.cpp), and no socket, server or network manager in a parser (a
//   file whose name contains "parser").
// Each violation is one line "src/<layer>/<file>:<line>: <what>".
class LayerCheck final
{
public:
    // `qtHeaders`: Qt's include directory (holding QtWidgets/, QtSql/, ...), to tell which module
    // a <QClass> header belongs to.
    explicit LayerCheck(QString qtHeaders);

    // Checks every .h and .cpp below `srcDir` (whose subfolders are the layers).
    QStringList check(const QString &srcDir) const;

    // The layers `layer` may include from, itself included; empty for an unknown layer.
    static QStringList allowedLayers(const QString &layer);

private:
    QString qtModule(const QString &header) const;
    QStringList checkFile(const QString &path, const QString &relative, const QString &layer) const;

    QString m_qtHeaders;
};

} // namespace TicketDesk
