// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace TicketDesk {

class DeliveryModel;
struct DeliveryRecord;

// The webhook delivery log: a table of deliveries filterable by verdict, and
// for the selected one its headers (signature redacted) and pretty-printed body.
// The owner fills model() from TicketService.
class DeliveriesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveriesView)

public:
    explicit DeliveriesView(QWidget *parent = nullptr);

    DeliveryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // "Http-X-Wh-Signature-256: sha256=..." lines keep only the header name.
    static QString redactHeaders(const QString &headers);
    // The body, laid out on lines when it is JSON (indentJson()), with its invisible characters
    // shown (see below).
    static QString prettyBody(const QByteArray &body);
    // Valid JSON `json` with a line break and indentation after each { [ and , and before each } ],
    // and a space after each colon; its tokens as they are, in their order.
    static QString indentJson(const QString &json);
    // Whoever can reach the listener chooses these bytes: a right-to-left override (U+202E)
    // would reverse what the operator reads after it, a zero-width space hide a difference.
    // Every control and format character but the line break and the tab, and the line and
    // paragraph separators (U+2028, U+2029), are shown as <U+XXXX>.
    static QString showInvisibles(const QString &text);

private:
    void showCurrent();
    void updateCount();

    DeliveryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_verdictFilter;
    QLabel *m_count;
    QTableView *m_table;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_body;
};

} // namespace TicketDesk
