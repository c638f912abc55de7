// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace TicketDesk {

// Where the desktop's file dialogs open: each kind of file in the folder the operator last took
// one from or saved one to (kept in the user's settings), while that folder exists; else the
// Documents folder. Without it, a dialog opened in whatever folder the process started in.
class RecentFolders final
{
public:
    enum class Kind
    {
        Attachments, // files attached to a new ticket
        Lists,       // CSV lists of tickets or customers to import
        Exports,     // the ticket table and the Insights charts, exported
    };

    static QString folder(Kind kind);
    // Remembers the folder of `file` (a path just chosen) for the next dialog of `kind`.
    static void remember(Kind kind, const QString &file);
    // `folder(kind)/stem-YYYY-MM-DD.extension`: an export's suggested name, dated `day` so that
    // today's export does not offer to overwrite last week's.
    static QString datedFile(Kind kind, const QString &stem, const QString &extension, QDate day);
};

} // namespace TicketDesk
