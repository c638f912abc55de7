// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTranslator>

namespace TicketDesk::Test {

// A reader's language that a test can recognise: every source text of one context comes out
// as «source». Installed with QCoreApplication::installTranslator(); uninstalled when deleted.
class MarkingTranslator final : public QTranslator
{
public:
    explicit MarkingTranslator(const QByteArray &context)
        : m_context(context)
    {}

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *source, const char * /*disambiguation*/,
                      int /*n*/) const override
    {
        if (m_context != context)
            return {};
        return QStringLiteral("\u00ab") + QString::fromUtf8(source) + QStringLiteral("\u00bb");
    }

private:
    QByteArray m_context;
};

} // namespace TicketDesk::Test
