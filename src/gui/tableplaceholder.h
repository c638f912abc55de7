// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QAbstractScrollArea;

namespace TicketDesk {

// A message shown in place of a table's rows when it has none: what to do on a
// first run, or how to clear a filter that hides everything. It lies over the
// table's viewport, follows its size, lets clicks through, and repeats its text
// as the table's accessible description so that a screen reader on the table
// hears it. showMessage() with an empty text hides it.
class TablePlaceholder final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TablePlaceholder)

public:
    explicit TablePlaceholder(QAbstractScrollArea *table);

    void showMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();

    QAbstractScrollArea *m_table;
};

} // namespace TicketDesk
