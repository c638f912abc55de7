// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace TicketDesk {

// The composition root behind main(): builds the one clock, parses --lang and installs the
// translators once, then hands over to the command line or the desktop.
//
//     int main(int argc, char *argv[]) { return TicketDesk::runApplication(argc, argv); }
int runApplication(int argc, char *argv[]);

// `--lang CODE` or `--lang=CODE`, wherever it stands, taken out of `arguments`. The one place
// that reads the option: every command and the desktop share it. Empty when absent; nullopt-like
// `ok == false` when the option has no value.
struct LanguageChoice
{
    QString code;   // empty: the system locale
    bool ok = true; // false: --lang without a value
};
LanguageChoice takeLanguage(QStringList &arguments);

// Without HOME (`env -i`, cron, some service managers) Qt takes "/" for the home folder, and a
// desk's data went to "//.local/share/TicketDesk": sets HOME to the account's own home, as a login
// would have, when it is unset or empty.
void setHomeWhenUnset();

// Installs TicketDesk's and Qt's own translations for `code` (or the system locale) on the
// running application. Call once, after the application object exists.
// Returns whether TicketDesk has that language's own translation (English counts); without
// one the texts are English.
bool installTranslators(const QString &code);

} // namespace TicketDesk
