// SPDX-FileCopyrightText: 2026 TicketDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/csvreader.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <utility>

class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace TicketDesk {

// What the two "from CSV" dialogs (customer import, bulk tickets) share: the file row
// ("File: [path] [Choose file…]"), reading the file, and the read-only preview table.
class CsvFileChooser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvFileChooser)

public:
    explicit CsvFileChooser(const QString &caption, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    QPushButton *chooseButton() const { return m_choose; }

    // Reads `path` with CsvReader; a file that cannot be opened gives a table with its error.
    static CsvTable read(const QString &path);

Q_SIGNALS:
    // The operator picked a file in the file dialog.
    void fileChosen(const QString &path);

private:
    QString m_caption;
    QLineEdit *m_path;
    QPushButton *m_choose;
};

namespace CsvPreview {

// The parts every "from CSV" dialog has, top to bottom; `extra` (may be null) goes between
// the table and the message.
struct Parts
{
    CsvFileChooser *file;
    QLabel *totals;
    QTableWidget *table;
    QWidget *extra;
    QLabel *message;
    QPushButton *action; // "Import N customers", "Queue N tickets"
    QPushButton *close;
};
// Lays `dialog` out with `parts` (and, under the table, a line with the current row's
// last column in full), names the labels and buttons for tests and screen readers
// (the action's accessible name is the caller's), sets the tab order and connects Close.
void layOut(QDialog *dialog, const Parts &parts);

// A read-only, sortable-by-nothing table with these column titles (keyboard: Tab into it,
// arrows move between cells).
QTableWidget *makeTable(const QStringList &headers, const QString &objectName, const QString &accessibleName,
                        QWidget *parent);
// Fills row `row` with `cells`; a `bad` row is painted as an error and its cells say so
// to screen readers too.
void setRow(QTableWidget *table, int row, const QStringList &cells, bool bad);
// Sets the text of some cells of a row already set (column, text), and shows the row bad or not.
void updateRow(QTableWidget *table, int row, const QList<std::pair<int, QString>> &cells, bool bad);
// After the rows are set: fits the columns and makes the first bad row current, so that
// the line under the table (see layOut) says at once, in full, what is wrong with it.
void finishRows(QTableWidget *table);
// A whole-file error, with its line when it has one.
QString fileError(const QString &error, int line);
// " Ignored columns: a, b." to append to the totals, or "" when none is ignored.
QString ignoredColumns(const QStringList &columns);
// A label that shows an error in the error colour, or plain text.
void showMessage(QLabel *label, const QString &text, bool error);
// The customer directory could not be read (`why`): said in the totals and the message.
void showDirectoryUnreadable(QLabel *totals, QLabel *message, const QString &why);

} // namespace CsvPreview

} // namespace TicketDesk
