// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace TicketDesk {

// A message worded in the language of whoever reads it. A ticket's message and a line of its
// timeline are written by one process and shown by others: an English `serve` finds that Ripio
// refused a ticket, a Spanish desk shows it. So such a message is stored as its sentences'
// sources (context, source text, count) and their arguments, and worded where it is read.
//
//     LocalizedText t("TicketDesk::RipioClient", QT_TRANSLATE_NOOP("TicketDesk::RipioClient", "... (HTTP %1)."));
//     t.arg(404);
//
// The source must be marked for lupdate where it is written (QT_TRANSLATE_NOOP, or
// QT_TRANSLATE_N_NOOP with a count): this class only keeps it.
class LocalizedText
{
public:
    LocalizedText() = default;
    // One sentence. `n` >= 0: a count, for the plural forms and %n.
    LocalizedText(const char *context, const char *source, int n = -1);

    // Fills the last sentence's next placeholder: %1 for its first argument, %2 for its second,
    // and so on. The argument's own text is never searched for placeholders.
    LocalizedText &arg(const QString &value);
    LocalizedText &arg(qint64 value);
    // The other text's sentences after this one's, worded with a space between.
    LocalizedText &operator+=(const LocalizedText &other);

    bool isEmpty() const { return m_sentences.isEmpty(); }
    // Worded now, in this process's language.
    QString toString() const;

    // The form a database keeps: "tr:" and a JSON array of [context, source, count, [arguments]].
    QString toStored() const;
    // A stored text worded now; any other text (a message stored by an older TicketDesk, or
    // Ripio's own words) is returned as it is.
    static QString wordStored(const QString &stored);

private:
    struct Sentence
    {
        QString context;
        QString source;
        int n = -1;
        QStringList args;
    };
    static QString word(const Sentence &sentence);

    QList<Sentence> m_sentences;
};

// A count for a message's %n or %Ln (tr() takes an int): a larger one is shown as the largest int.
// Before a QCoreApplication::translate() call, take it into a variable: lupdate 6.4 can spin
// forever on a function call among that call's arguments.
int pluralCount(qint64 n);

} // namespace TicketDesk
