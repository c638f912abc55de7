// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTranslator>

namespace TicketDesk::Test {

// A reader's language that a test can recognise: every source text of one context comes out
// as «source». Installed with QCoreApplication::installTranslator(); uninstalled when deleted.
// With `growPercent`, each text is also that much longer (padded with middle dots), as real
// translations often are: a layout that cuts them shows in a test.
class MarkingTranslator final : public QTranslator
{
public:
    explicit MarkingTranslator(const QByteArray &context, int growPercent = 0)
        : m_context(context)
        , m_growPercent(growPercent)
    {}

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *source, const char * /*disambiguation*/,
                      int /*n*/) const override
    {
        if (m_context != context)
            return {};
        const QString text = QString::fromUtf8(source);
        return QStringLiteral("\u00ab") + text + QString(text.size() * m_growPercent / 100, QChar(0x00b7)) +
               QStringLiteral("\u00bb");
    }

private:
    QByteArray m_context;
    int m_growPercent;
};

} // namespace TicketDesk::Test
